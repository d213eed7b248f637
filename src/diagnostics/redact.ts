/**
 * "https://user:secret@host" → "https://user:xxxxx@host", as dockerd masks URLs before printing
 * them: a value we quote in a message (DOCKER_OPTS words, an ExecStart= line) may hold one. A
 * user name alone ("http://TOKEN@proxy") is masked whole: proxies take tokens that way.
 */
export const maskCredentials = (text: string): string =>
  text.replace(/(\/\/[^/@:\s"']*):[^/@\s"']*@/g, '$1:xxxxx@').replace(/(\/\/)[^/@:\s"']+@/g, '$1xxxxx@');
