/**
 * English sentences of ours left in Chinese output. What is not ours, or not a sentence, is taken
 * out first: the words of dockerd, systemd or the init script (labelled "dockerd 的原话：…"), commands and values in backticks or
 * quotes, paths, URLs, addresses, [ids] and --options. Three English words in a row remain a sentence.
 */
const NOT_OURS = [
  /(?:dockerd |systemd |脚本)的原话：[^）\n]*/g,
  /`[^`\n]*`/g,
  /"[^"\n]*"/g,
  /'[^'\n]*'/g,
  /\[[a-z0-9-]+\]/g,
  /[a-z][a-z0-9+.-]*:\/\/\S*/gi,
  /(?:^|\s|[(（：])(?:\/[\w.@+-]+)+\/?(?::\d+(?::\d+)?)?/g,
  /--?[a-z][\w-]*(=\S*)?/gi,
];

export function englishSentences(text: string): string[] {
  let rest = text;
  for (const pattern of NOT_OURS) rest = rest.replace(pattern, ' ');
  return rest
    .split('\n')
    .filter((line) => /[A-Za-z]{2,}[,:;]?\s+[A-Za-z]{2,}[,:;]?\s+[A-Za-z]{2,}/.test(line))
    .map((line) => line.trim());
}
