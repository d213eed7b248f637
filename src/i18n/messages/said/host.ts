/**
 * The sentences of the checks dockerd makes against the host (issue 13 §2): userns-remap's users,
 * groups and subordinate ids, authorization plugins' discovery. dockerd's own words are a
 * parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

type Dockerd = { dockerd: string };

/** Our period after dockerd's words: none after its own ".", "!" or "?". */
const end = (s: string): string => `${s}.`.replace(/([.!?])\.$/, '$1');
const zhSaid = (dockerd: string): string => `（dockerd 的原话：${dockerd}）`;

export const en = {
  // userns-remap
  'host.userns.spec': (p: { value: string } & Dockerd) =>
    end(`userns-remap "${p.value}" is not "user" or "user:group": ${p.dockerd}`),
  'host.userns.hint.spec': () => 'Write one user name or uid, optionally followed by ":" and one group name or gid.',
  'host.userns.noUser': (p: { user: string } & Dockerd) =>
    end(`userns-remap names user "${p.user}", which this host does not have: ${p.dockerd}`),
  'host.userns.hint.noUser': (p: { user: string }) =>
    `Create the user (useradd -r -s /bin/false ${p.user}) and give it ranges in /etc/subuid and /etc/subgid, or use "default" to let dockerd create "dockremap".`,
  'host.userns.noGroup': (p: { group: string } & Dockerd) =>
    end(`userns-remap names group "${p.group}", which this host does not have: ${p.dockerd}`),
  'host.userns.hint.noGroup': (p: { group: string }) =>
    `Create the group (groupadd -r ${p.group}), or name an existing group after ":".`,
  'host.userns.subIds': (p: { user: string; file: string } & Dockerd) =>
    end(`dockerd cannot map user "${p.user}": ${p.file} gives it no usable range: ${p.dockerd}`),
  'host.userns.hint.subIds': (p: { user: string }) =>
    `Add a line "${p.user}:100000:65536" to both /etc/subuid and /etc/subgid (usermod --add-subuids 100000-165535 --add-subgids 100000-165535 ${p.user}).`,
  'host.userns.rootOff': () => 'userns-remap maps root to itself: dockerd starts with user namespaces turned off.',
  'host.userns.hint.rootOff': () => 'Name an unprivileged user (or "default"), or remove userns-remap.',
  'host.userns.create': (p: { user: string }) =>
    `userns-remap "default": the user "${p.user}" does not exist yet; dockerd will create it (adduser or useradd) and its ranges in /etc/subuid and /etc/subgid (usermod) when it starts.`,
  'host.userns.hint.create': (p: { user: string }) =>
    `To avoid changes at start, create "${p.user}" and its subordinate ranges yourself first.`,
  'host.userns.noUserAdd': (p: { user: string } & Dockerd) =>
    end(
      `userns-remap "default": dockerd would create the user "${p.user}", but neither adduser nor useradd is installed: ${p.dockerd}`,
    ),
  'host.userns.hint.noUserAdd': (p: { user: string }) =>
    `Install adduser or passwd (useradd), or create "${p.user}" and its ranges in /etc/subuid and /etc/subgid yourself.`,
  'host.userns.undecided': (p: { value: string }) =>
    `userns-remap "${p.value}": the user or group is not in the files here, but dockerd also asks the other sources in /etc/nsswitch.conf (getent); whether they know it shows only at start.`,
  'host.userns.hint.undecided': () => 'Check with getent passwd NAME and getent group NAME on the host.',
  'host.userns.snapshotter': () =>
    'userns-remap cannot be combined with the containerd-snapshotter feature turned on (29.0+).',
  'host.userns.hint.snapshotter': () => 'Remove "containerd-snapshotter": true from features, or remove userns-remap.',
  'host.userns.graphroot': (p: { path: string }) =>
    `A directory above data-root does not let the remapped root through (no execute permission), so dockerd refuses the remapped data-root ${p.path}.`,
  'host.userns.hint.graphroot': () =>
    "Allow 'o+x' on every existing directory above data-root (chmod o+x DIR), or move data-root.",

  // authorization plugins
  'host.authz.missing': (p: { plugin: string; seconds: string }) =>
    `Authorization plugin "${p.plugin}" is neither a managed plugin nor a socket or spec file in /run/docker/plugins, /etc/docker/plugins or /usr/lib/docker/plugins; dockerd keeps looking for about ${p.seconds} s, then refuses to start.`,
  'host.authz.hint.missing': (p: { plugin: string }) =>
    `Install and enable the plugin (docker plugin install …), or start its service so that /run/docker/plugins/${p.plugin}.sock exists, or remove it from authorization-plugins.`,
  'host.authz.disabled': (p: { plugin: string }) =>
    `Authorization plugin "${p.plugin}" is installed but disabled; dockerd refuses to start with it.`,
  'host.authz.hint.disabled': (p: { plugin: string }) =>
    `Enable it first (docker plugin enable ${p.plugin}), or remove it from authorization-plugins.`,
  'host.authz.broken': (p: { plugin: string } & Dockerd) =>
    end(`Authorization plugin "${p.plugin}" cannot be used: ${p.dockerd}`),
  'host.authz.hint.spec': (p: { path: string }) =>
    `Fix ${p.path}: a .spec file holds one address with a scheme (unix:///run/… or tcp://host:port), a .json file a JSON object with "Addr".`,
  'host.authz.hint.broken': (p: { path: string }) =>
    `Name the plugin "${p.path}" unambiguously and check that it is an authorization plugin.`,
  'host.authz.atStart': (p: { plugin: string; where: string }) =>
    `Authorization plugin "${p.plugin}" is found (${p.where}); dockerd starts only if it answers then and implements "authz".`,
  'host.authz.hint.atStart': () => 'Make sure the plugin runs before dockerd starts.',

  // programs dockerd runs
  'host.exec.proxy': (p: { path: string } & Dockerd) =>
    end(`userland-proxy-path ${p.path} is not a program dockerd can run: ${p.dockerd}`),
  'host.exec.proxyLater': (p: { path: string } & Dockerd) =>
    end(
      `userland-proxy-path ${p.path} is not a program dockerd can run; this version starts anyway, but publishing ports fails: ${p.dockerd}`,
    ),
  'host.exec.runtime': (p: { name: string; path: string } & Dockerd) =>
    end(
      `Runtime "${p.name}": ${p.path} is not a program dockerd can run; dockerd starts, but containers using this runtime fail: ${p.dockerd}`,
    ),
  'host.exec.init': (p: { path: string } & Dockerd) =>
    end(
      `init-path ${p.path} is not a program dockerd can run; dockerd starts, but containers started with --init fail: ${p.dockerd}`,
    ),
  'host.exec.hint.executable': (p: { path: string }) =>
    `Install the program at ${p.path} and make it executable (chmod +x ${p.path}), or point the setting at the right file.`,

  // causes (explain)
  'host.causes.proxy': (p: Dockerd) => end(`dockerd cannot run the userland-proxy-path program: ${p.dockerd}`),
  'host.causes.proxyHint': () =>
    'Point userland-proxy-path at the docker-proxy binary (an absolute path to an executable file), or set "userland-proxy": false.',
  'host.causes.userns': (p: Dockerd) => end(`dockerd cannot resolve the userns-remap user or group: ${p.dockerd}`),
  'host.causes.usernsHint': () =>
    'Name a user and group that exist on the host (getent passwd NAME, getent group NAME), or use "default".',
  'host.causes.subIds': (p: Dockerd) =>
    end(`dockerd cannot build the userns-remap id mappings from /etc/subuid and /etc/subgid: ${p.dockerd}`),
  'host.causes.subIdsHint': () =>
    'Give the user a range in both /etc/subuid and /etc/subgid (for example "NAME:100000:65536").',
  'host.causes.graphroot': (p: { path: string }) =>
    `A directory above the remapped data-root ${p.path} does not let the remapped root through.`,
  'host.causes.snapshotter': () =>
    'userns-remap and an explicitly enabled containerd-snapshotter feature cannot be used together.',
  'host.causes.authz': (p: Dockerd) => end(`dockerd cannot use an authorization plugin: ${p.dockerd}`),
  'host.causes.authzMissing': (p: { plugin: string }) =>
    `Authorization plugin "${p.plugin}" was not found (dockerd looked for it for about 15 s).`,
  'host.causes.authzHint': () =>
    'Install and enable the plugin, or start it before dockerd, or remove it from authorization-plugins.',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'host.userns.spec': (p) => `userns-remap "${p.value}" 不是 "用户" 或 "用户:组" 的形式${zhSaid(p.dockerd)}。`,
  'host.userns.hint.spec': () => '写一个用户名或 uid，可在 ":" 后再写一个组名或 gid。',
  'host.userns.noUser': (p) => `userns-remap 指定的用户 "${p.user}" 在这台主机上不存在${zhSaid(p.dockerd)}。`,
  'host.userns.hint.noUser': (p) =>
    `先创建该用户（useradd -r -s /bin/false ${p.user}），并在 /etc/subuid 和 /etc/subgid 中为它分配范围；或者用 "default" 让 dockerd 创建 "dockremap"。`,
  'host.userns.noGroup': (p) => `userns-remap 指定的组 "${p.group}" 在这台主机上不存在${zhSaid(p.dockerd)}。`,
  'host.userns.hint.noGroup': (p) => `先创建该组（groupadd -r ${p.group}），或在 ":" 后写一个已有的组。`,
  'host.userns.subIds': (p) => `dockerd 无法映射用户 "${p.user}"：${p.file} 中没有可用的范围${zhSaid(p.dockerd)}。`,
  'host.userns.hint.subIds': (p) =>
    `在 /etc/subuid 和 /etc/subgid 中都加上一行 "${p.user}:100000:65536"（usermod --add-subuids 100000-165535 --add-subgids 100000-165535 ${p.user}）。`,
  'host.userns.rootOff': () => 'userns-remap 把 root 映射为它自己：dockerd 启动时会关闭用户命名空间。',
  'host.userns.hint.rootOff': () => '指定一个非特权用户（或 "default"），或者删掉 userns-remap。',
  'host.userns.create': (p) =>
    `userns-remap "default"：用户 "${p.user}" 还不存在；dockerd 启动时会创建它（adduser 或 useradd），并在 /etc/subuid 和 /etc/subgid 中为它分配范围（usermod）。`,
  'host.userns.hint.create': (p) => `若不想在启动时改动主机，请先自己创建 "${p.user}" 及其从属 ID 范围。`,
  'host.userns.noUserAdd': (p) =>
    `userns-remap "default"：dockerd 需要创建用户 "${p.user}"，但 adduser 和 useradd 都没有安装${zhSaid(p.dockerd)}。`,
  'host.userns.hint.noUserAdd': (p) =>
    `安装 adduser 或 passwd（useradd），或者自己创建 "${p.user}" 并在 /etc/subuid 和 /etc/subgid 中为它分配范围。`,
  'host.userns.undecided': (p) =>
    `userns-remap "${p.value}"：这里的文件中没有该用户或组，但 dockerd 还会查询 /etc/nsswitch.conf 中的其他来源（getent）；它们是否认识要到启动时才知道。`,
  'host.userns.hint.undecided': () => '在主机上用 getent passwd 名称 和 getent group 名称 检查。',
  'host.userns.snapshotter': () => 'userns-remap 不能与开启的 containerd-snapshotter 特性同时使用（29.0 起）。',
  'host.userns.hint.snapshotter': () => '从 features 中删掉 "containerd-snapshotter": true，或者删掉 userns-remap。',
  'host.userns.graphroot': (p) =>
    `data-root 上层的某个目录不允许映射后的 root 进入（没有执行权限），所以 dockerd 拒绝映射后的数据目录 ${p.path}。`,
  'host.userns.hint.graphroot': () =>
    "给 data-root 上层每个已有目录加上 'o+x'（chmod o+x 目录），或者换一个 data-root。",

  'host.authz.missing': (p) =>
    `授权插件 "${p.plugin}" 既不是已安装的托管插件，也不在 /run/docker/plugins、/etc/docker/plugins 或 /usr/lib/docker/plugins 中有套接字或 spec 文件；dockerd 会查找约 ${p.seconds} 秒，然后拒绝启动。`,
  'host.authz.hint.missing': (p) =>
    `安装并启用该插件（docker plugin install …），或先启动它的服务使 /run/docker/plugins/${p.plugin}.sock 存在，或者从 authorization-plugins 中删掉它。`,
  'host.authz.disabled': (p) => `授权插件 "${p.plugin}" 已安装但被禁用；dockerd 会因此拒绝启动。`,
  'host.authz.hint.disabled': (p) =>
    `先启用它（docker plugin enable ${p.plugin}），或者从 authorization-plugins 中删掉它。`,
  'host.authz.broken': (p) => `授权插件 "${p.plugin}" 无法使用${zhSaid(p.dockerd)}。`,
  'host.authz.hint.spec': (p) =>
    `修正 ${p.path}：.spec 文件里写一个带协议的地址（unix:///run/… 或 tcp://主机:端口），.json 文件里写一个带 "Addr" 的 JSON 对象。`,
  'host.authz.hint.broken': (p) => `用不会混淆的名称指定插件 "${p.path}"，并确认它是授权插件。`,
  'host.authz.atStart': (p) =>
    `找到了授权插件 "${p.plugin}"（${p.where}）；只有它在启动时应答并实现 "authz"，dockerd 才能启动。`,
  'host.authz.hint.atStart': () => '确保该插件在 dockerd 之前运行。',

  'host.exec.proxy': (p) => `userland-proxy-path ${p.path} 不是 dockerd 能运行的程序${zhSaid(p.dockerd)}。`,
  'host.exec.proxyLater': (p) =>
    `userland-proxy-path ${p.path} 不是 dockerd 能运行的程序；这个版本仍会启动，但发布端口会失败${zhSaid(p.dockerd)}。`,
  'host.exec.runtime': (p) =>
    `运行时 "${p.name}"：${p.path} 不是 dockerd 能运行的程序；dockerd 能启动，但使用该运行时的容器会失败${zhSaid(p.dockerd)}。`,
  'host.exec.init': (p) =>
    `init-path ${p.path} 不是 dockerd 能运行的程序；dockerd 能启动，但用 --init 启动的容器会失败${zhSaid(p.dockerd)}。`,
  'host.exec.hint.executable': (p) =>
    `在 ${p.path} 安装该程序并设为可执行（chmod +x ${p.path}），或者让设置指向正确的文件。`,

  'host.causes.proxy': (p) => `dockerd 无法运行 userland-proxy-path 指定的程序${zhSaid(p.dockerd)}。`,
  'host.causes.proxyHint': () =>
    '让 userland-proxy-path 指向 docker-proxy 程序（可执行文件的绝对路径），或者设置 "userland-proxy": false。',
  'host.causes.userns': (p) => `dockerd 无法解析 userns-remap 的用户或组${zhSaid(p.dockerd)}。`,
  'host.causes.usernsHint': () =>
    '指定主机上存在的用户和组（getent passwd 名称、getent group 名称），或者用 "default"。',
  'host.causes.subIds': (p) =>
    `dockerd 无法根据 /etc/subuid 和 /etc/subgid 建立 userns-remap 的 ID 映射${zhSaid(p.dockerd)}。`,
  'host.causes.subIdsHint': () => '在 /etc/subuid 和 /etc/subgid 中都为该用户分配范围（例如 "名称:100000:65536"）。',
  'host.causes.graphroot': (p) => `映射后的数据目录 ${p.path} 上层的某个目录不允许映射后的 root 进入。`,
  'host.causes.snapshotter': () => 'userns-remap 与明确开启的 containerd-snapshotter 特性不能同时使用。',
  'host.causes.authz': (p) => `dockerd 无法使用授权插件${zhSaid(p.dockerd)}。`,
  'host.causes.authzMissing': (p) => `没有找到授权插件 "${p.plugin}"（dockerd 查找了约 15 秒）。`,
  'host.causes.authzHint': () => '安装并启用该插件，或在 dockerd 之前启动它，或者从 authorization-plugins 中删掉它。',
};
