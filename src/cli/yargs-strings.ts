/**
 * yargs's own words (headings, types, its parse errors) in Chinese. Given to `updateStrings`
 * because the bundled CLI cannot find yargs's locale files on disk; written here so they read
 * as we write (yargs's zh_CN says "non-option 参数").
 */
export const YARGS_ZH: Readonly<Record<string, string | { one: string; other: string }>> = {
  'Commands:': '命令：',
  'Options:': '选项：',
  'Examples:': '示例：',
  'Positionals:': '位置参数：',
  boolean: '布尔',
  count: '计数',
  string: '字符串',
  number: '数字',
  array: '数组',
  required: '必需',
  default: '默认值',
  // Followed by a space and the value inside [ ]: the ASCII colon reads better there.
  'default:': '默认值:',
  'choices:': '可选值:',
  'aliases:': '别名:',
  'generated-value': '自动生成',
  command: '命令',
  deprecated: '已弃用',
  'deprecated: %s': '已弃用：%s',
  'Not enough non-option arguments: got %s, need at least %s': {
    one: '参数不够：给了 %s 个，至少需要 %s 个',
    other: '参数不够：给了 %s 个，至少需要 %s 个',
  },
  'Too many non-option arguments: got %s, maximum of %s': {
    one: '参数太多：给了 %s 个，最多 %s 个',
    other: '参数太多：给了 %s 个，最多 %s 个',
  },
  'Missing argument value: %s': { one: '选项缺少值：%s', other: '这些选项缺少值：%s' },
  'Missing required argument: %s': { one: '缺少必需的参数：%s', other: '缺少这些必需的参数：%s' },
  'Unknown argument: %s': { one: '无法识别的参数：%s', other: '无法识别这些参数：%s' },
  'Unknown command: %s': { one: '未知命令：%s', other: '未知命令：%s' },
  'Invalid values:': '无效的值：',
  'Argument: %s, Given: %s, Choices: %s': '参数：%s，给定值：%s，可选值：%s',
  'Argument check failed: %s': '参数检查失败：%s',
  'Implications failed:': '缺少依赖的参数：',
  'Not enough arguments following: %s': '这个选项后面缺少值：%s',
  'Invalid JSON config file: %s': '无效的 JSON 配置文件：%s',
  'Path to JSON config file': 'JSON 配置文件的路径',
  'Show help': '显示帮助信息',
  'Show version number': '显示版本号',
  'Did you mean %s?': '你是不是想用 %s？',
  'Arguments %s and %s are mutually exclusive': '参数 %s 和 %s 不能同时使用',
};
