// Interface text in Chinese and English. Chinese is the default (the call-takers are Chinese); the choice is kept
// in localStorage. Elements with data-t="key" get their text from here when the language changes.

const TEXT = {
  zh: {
    'login.subtitle': '三台合一接处警系统', 'login.username': '用户名', 'login.password': '密码',
    'login.submit': '登录', 'login.failed': '用户名或密码错误', 'login.throttled': '失败次数过多，请稍后再试',
    'logout': '退出', 'lang.other': 'English',
    'link.stream': '实时', 'link.pbx': '交换机',
    'banner.stream': '与服务器的实时连接已断开，正在重连…（数据可能不是最新的）',
    'banner.pbx': '与电话交换机（PBX）的连接中断：新来电可能不会显示，请留意电话！',
    'view.calltaker': '接警', 'view.dispatcher': '调度', 'view.auditor': '审计',
    'help.title': '快捷键', 'help.close': '按 Esc 或 ? 关闭',
    'queue.title': '来电队列', 'queue.empty': '没有等待的来电', 'queue.waiting': '等待',
    'call.queued': '排队中', 'call.answered': '通话中', 'call.answeredBy': '接听', 'call.mine': '我接听的来电',
    'call.none': '选择队列中的来电，或直接填写警情', 'call.number': '主叫号码', 'call.unknownNumber': '号码未知',
    'call.device': '主叫设备定位', 'call.noDevice': '没有设备定位', 'call.useDevice': '采用此位置',
    'call.linked': '已关联警情', 'call.talk': '通话',
    'form.title': '新建警情', 'form.type': '警情类型', 'form.priority': '等级', 'form.location': '位置',
    'form.locationHint': '在地图上点击选择位置，或采用主叫设备定位', 'form.address': '地址',
    'form.notes': '备注', 'form.open': '创建警情', 'form.opened': '已创建警情', 'form.needType': '请选择警情类型',
    'form.needLocation': '请选择位置', 'form.lineTypes': '本线路常见', 'form.otherTypes': '其他类型',
    'dup.title': '疑似重复警情', 'dup.none': '没有疑似重复的警情', 'dup.score': '相似度', 'dup.distance': '距离',
    'dup.time': '时间', 'dup.type': '类型', 'dup.caller': '同一主叫', 'dup.link': '关联',
    'incidents.title': '未结警情', 'incidents.none': '没有未结警情', 'incident.overdue': '超时未派',
    'incident.select': '选择一个警情查看推荐力量', 'incident.coverage': '预案力量', 'incident.calls': '关联来电',
    'incident.has': '已派', 'incident.needs': '需要', 'incident.complete': '预案力量已满足',
    'rec.title': '推荐力量', 'rec.none': '没有可用的推荐', 'rec.assign': '派遣', 'rec.eta': '预计到达',
    'rec.sameDistrict': '同辖区', 'rec.firstDue': '责任区', 'rec.shortfall': '力量不足',
    'units.title': '力量状态', 'units.committed': '执勤中的力量', 'units.none': '没有执勤中的力量',
    'status.available': '可用', 'status.dispatched': '已派', 'status.en-route': '在途', 'status.on-scene': '到场',
    'status.returning': '返回', 'status.out-of-service': '停用',
    'map.districts': '行政区', 'map.areas': '责任区', 'map.units': '力量', 'map.incidents': '警情',
    'agency.police': '公安', 'agency.traffic': '交警', 'agency.fire': '消防',
    'audit.search': '搜索警情（编号、类型、地址、辖区）', 'audit.incidents': '警情', 'audit.timeline': '时间线',
    'audit.pick': '选择一个警情查看时间线', 'audit.verify': '日志校验', 'audit.chainOk': '日志哈希链完整',
    'audit.chainBad': '日志哈希链被破坏，自序号', 'audit.entries': '条', 'audit.at': '回放时刻', 'audit.live': '实时',
    'audit.queue': '当时的来电队列', 'audit.open': '当时的未结警情', 'audit.replaying': '回放',
    'kpi.answer': '接听时长分布（NENA：90% ≤15 秒，95% ≤20 秒）', 'kpi.processing': '接警至派车（NFPA 1225：90% ≤60 秒）',
    'kpi.perHour': '各线路每小时来电', 'kpi.calls': '来电数', 'kpi.within': '达标', 'kpi.seconds': '秒',
    'time.min': '分', 'time.s': '秒',
    'ct.keys.select': '在来电队列中选择', 'ct.keys.take': '接手所选来电，转到表单', 'ct.keys.device': '采用主叫设备定位',
    'ct.keys.type': '警情类型', 'ct.keys.priority': '等级', 'ct.keys.address': '地址', 'ct.keys.notes': '备注',
    'ct.keys.open': '创建警情', 'ct.keys.link': '关联到最相似的警情', 'ct.keys.queue': '回到来电队列',
    'dp.keys.select': '选择警情', 'dp.keys.assign': '派遣首选推荐力量', 'dp.keys.enroute': '所选力量：在途',
    'dp.keys.onscene': '所选力量：到场',
    'au.keys.search': '搜索警情', 'au.keys.step': '（滑块上）逐条回放', 'au.keys.live': '回到实时', 'au.keys.refresh': '刷新统计与日志校验',
    'app.keys.calltaker': '接警视图', 'app.keys.dispatcher': '调度视图', 'app.keys.auditor': '审计视图',
    'app.keys.lang': '切换语言', 'app.keys.help': '快捷键帮助',
    'err.generic': '操作失败',
  },
  en: {
    'login.subtitle': 'Unified 110 / 122 / 119 dispatch', 'login.username': 'User name', 'login.password': 'Password',
    'login.submit': 'Sign in', 'login.failed': 'Unknown user name or wrong password',
    'login.throttled': 'Too many failed attempts; try again later',
    'logout': 'Sign out', 'lang.other': '中文',
    'link.stream': 'Live', 'link.pbx': 'PBX',
    'banner.stream': 'The live connection to the server is down; reconnecting… (what you see may be stale)',
    'banner.pbx': 'The link to the phone system (PBX) is down: new calls may not show here. Watch your phone!',
    'view.calltaker': 'Call-taker', 'view.dispatcher': 'Dispatcher', 'view.auditor': 'Auditor',
    'help.title': 'Keyboard shortcuts', 'help.close': 'Esc or ? closes this',
    'queue.title': 'Call queue', 'queue.empty': 'No calls waiting', 'queue.waiting': 'waiting',
    'call.queued': 'queued', 'call.answered': 'talking', 'call.answeredBy': 'answered by', 'call.mine': 'Your call',
    'call.none': 'Pick a call from the queue, or fill in an incident directly', 'call.number': 'Caller',
    'call.unknownNumber': 'number withheld', 'call.device': 'Caller device location',
    'call.noDevice': 'No device location', 'call.useDevice': 'Use this location', 'call.linked': 'Linked to incident',
    'call.talk': 'talking',
    'form.title': 'New incident', 'form.type': 'Type', 'form.priority': 'Priority', 'form.location': 'Location',
    'form.locationHint': 'Click the map, or use the caller device location', 'form.address': 'Address',
    'form.notes': 'Notes', 'form.open': 'Open incident', 'form.opened': 'Opened incident',
    'form.needType': 'Choose a type', 'form.needLocation': 'Choose a location', 'form.lineTypes': 'Usual on this line',
    'form.otherTypes': 'Other types',
    'dup.title': 'Possible duplicates', 'dup.none': 'No possible duplicates', 'dup.score': 'score',
    'dup.distance': 'distance', 'dup.time': 'time', 'dup.type': 'type', 'dup.caller': 'same caller',
    'dup.link': 'Link',
    'incidents.title': 'Open incidents', 'incidents.none': 'No open incidents', 'incident.overdue': 'overdue',
    'incident.select': 'Select an incident to see the recommended units', 'incident.coverage': 'Response plan',
    'incident.calls': 'Calls', 'incident.has': 'has', 'incident.needs': 'needs',
    'incident.complete': 'Response plan covered',
    'rec.title': 'Recommended units', 'rec.none': 'Nothing to recommend', 'rec.assign': 'Assign', 'rec.eta': 'ETA',
    'rec.sameDistrict': 'same district', 'rec.firstDue': 'first due', 'rec.shortfall': 'short of units',
    'units.title': 'Unit status', 'units.committed': 'Committed units', 'units.none': 'No committed units',
    'status.available': 'available', 'status.dispatched': 'dispatched', 'status.en-route': 'en route',
    'status.on-scene': 'on scene', 'status.returning': 'returning', 'status.out-of-service': 'out of service',
    'map.districts': 'Districts', 'map.areas': 'Station areas', 'map.units': 'Units', 'map.incidents': 'Incidents',
    'agency.police': 'Police', 'agency.traffic': 'Traffic', 'agency.fire': 'Fire',
    'audit.search': 'Search incidents (number, type, address, district)', 'audit.incidents': 'Incidents',
    'audit.timeline': 'Timeline', 'audit.pick': 'Select an incident to see its timeline',
    'audit.verify': 'Journal', 'audit.chainOk': 'Journal hash chain intact', 'audit.chainBad': 'Journal chain broken at',
    'audit.entries': 'entries', 'audit.at': 'Replay at', 'audit.live': 'Live', 'audit.queue': 'Call queue then',
    'audit.open': 'Open incidents then', 'audit.replaying': 'Replay',
    'kpi.answer': 'Answer time (NENA: 90% ≤15 s, 95% ≤20 s)', 'kpi.processing': 'Call to dispatch (NFPA 1225: 90% ≤60 s)',
    'kpi.perHour': 'Calls per line per hour', 'kpi.calls': 'calls', 'kpi.within': 'within', 'kpi.seconds': 's',
    'time.min': 'min', 'time.s': 's',
    'ct.keys.select': 'Move in the call queue', 'ct.keys.take': 'Take the selected call to the form',
    'ct.keys.device': 'Use the caller device location', 'ct.keys.type': 'Incident type', 'ct.keys.priority': 'Priority',
    'ct.keys.address': 'Address', 'ct.keys.notes': 'Notes', 'ct.keys.open': 'Open the incident',
    'ct.keys.link': 'Link to the best duplicate candidate', 'ct.keys.queue': 'Back to the call queue',
    'dp.keys.select': 'Select an incident', 'dp.keys.assign': 'Assign the top recommendation',
    'dp.keys.enroute': 'Selected unit: en route', 'dp.keys.onscene': 'Selected unit: on scene',
    'au.keys.search': 'Search incidents', 'au.keys.step': '(on the slider) step through the journal',
    'au.keys.live': 'Back to live', 'au.keys.refresh': 'Refresh the figures and the journal check', 'app.keys.calltaker': 'Call-taker view', 'app.keys.dispatcher': 'Dispatcher view',
    'app.keys.auditor': 'Auditor view', 'app.keys.lang': 'Switch language', 'app.keys.help': 'This help',
    'err.generic': 'That did not work',
  },
};

const listeners = [];
let current = localStorage.getItem('sanhe.lang') === 'en' ? 'en' : 'zh';

export function lang() {
  return current;
}

export function t(key) {
  return TEXT[current][key] ?? TEXT.zh[key] ?? key;
}

/** A name from an object of {zh, en} (incident types, districts). */
export function pick(names, fallback) {
  if (!names) return fallback ?? '';
  return (current === 'en' ? names.en : names.zh) || names.zh || names.en || fallback || '';
}

export function setLang(code) {
  current = code === 'en' ? 'en' : 'zh';
  localStorage.setItem('sanhe.lang', current);
  apply(document);
  listeners.forEach((fn) => fn(current));
}

export function toggleLang() {
  setLang(current === 'zh' ? 'en' : 'zh');
}

export function onLang(fn) {
  listeners.push(fn);
}

export function apply(root) {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  root.querySelectorAll('[data-t-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.tPlaceholder); });
  root.querySelectorAll('[data-lang-switch]').forEach((el) => { el.textContent = t('lang.other'); });
}
