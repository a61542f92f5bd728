// Plain JavaScript on purpose: it must run, and explain, on any Node version.
// npm scripts run with node_modules/.bin first on PATH, where the `node` devDependency puts
// Node 24; this check catches installs that skipped it (npm ci --ignore-scripts) or a
// script started with an old system Node.
var MIN = [22, 18, 0];
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > MIN[0] || (parts[0] === MIN[0] && (parts[1] > MIN[1] || (parts[1] === MIN[1] && parts[2] >= MIN[2])));
if (!ok) {
  console.error(
    '\nqingdan 需要 Node.js ' + MIN.join('.') + ' 或更高版本，当前是 ' + process.versions.node + '。\n' +
      'qingdan needs Node.js >= ' + MIN.join('.') + ' (found ' + process.versions.node + ').\n\n' +
      '通常 `npm ci` 会把 Node 24 装进 node_modules/.bin（devDependency "node"），npm run 会自动使用它。\n' +
      'Normally `npm ci` installs Node 24 into node_modules/.bin and `npm run …` uses it. If you see this:\n' +
      '  - 不要使用 --ignore-scripts 安装 / do not install with --ignore-scripts (the node package needs its install script);\n' +
      '  - 通过 npm run 运行命令 / run commands through `npm run …`, not with the system node directly;\n' +
      '  - 或者安装 Node 22.18+ / 24 / or install Node 22.18+ or 24 yourself.\n',
  );
  process.exit(1);
}
