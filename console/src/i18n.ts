// The console's strings: zh-CN first, English second. One table, one lookup.
// In "zh-CN" mode a label renders as "签入 Log in" (English as a quieter second line/span);
// in "en" mode only the English text is shown.

export type Lang = "zh-CN" | "en";
export const LANGS: readonly Lang[] = ["zh-CN", "en"];

const T = {
  app_title: ["坐席工作台", "Agent desktop"],
  product: ["Switchboard 呼叫中心", "Switchboard contact center"],
  // login
  login_title: ["坐席签入", "Agent sign-in"],
  login: ["签入", "Log in"],
  login_busy: ["正在签入…", "Signing in…"],
  username: ["工号/用户名", "Job number / username"],
  password: ["密码", "Password"],
  tenant: ["租户（可选）", "Tenant (optional)"],
  choose_tenant: ["选择租户", "Choose tenant"],
  tenant_slug: ["租户标识", "Tenant slug"],
  ok: ["确定", "OK"],
  err_401: ["工号或密码错误", "Wrong job number or password"],
  err_423: ["账号已锁定，请联系管理员", "Account locked, ask your administrator"],
  err_429: ["尝试次数过多，请稍后再试", "Too many attempts, try again later"],
  err_network: ["无法连接服务器", "Cannot reach the server"],
  err_session: ["会话已过期，请重新签入", "Session expired, please log in again"],
  err_generic: ["操作失败", "Request failed"],
  // agent state
  ready: ["示闲", "Ready"],
  not_ready: ["示忙", "Not ready"],
  logged_out: ["签出", "Logged out"],
  log_out: ["签出", "Log out"],
  sign_in_agent: ["签入", "Sign in"],
  reserved: ["预占", "Reserved"],
  ringing: ["振铃", "Ringing"],
  on_call: ["通话中", "On call"],
  wrap_up: ["话后处理", "After-call work"],
  wrap_done: ["完成话后", "Finish wrap-up"],
  reason_break: ["小休", "Break"],
  reason_meal: ["用餐", "Meal"],
  reason_training: ["培训", "Training"],
  reason_meeting: ["会议", "Meeting"],
  reason: ["原因", "Reason"],
  my_state: ["我的状态", "My state"],
  time_in_state: ["状态时长", "Time in state"],
  remaining: ["剩余", "left"],
  exit: ["退出", "Exit"],
  not_agent: ["管理员账号（无坐席）", "Admin account (no seat)"],
  // sections
  tab_desk: ["工作台", "Desktop"],
  tab_wall: ["班长席", "Supervisor wall"],
  tab_cdr: ["通话记录", "Call records"],
  agents: ["坐席状态", "Agents"],
  live_calls: ["当前通话", "Live calls"],
  cdrs: ["通话记录", "Call records (CDR)"],
  recent_cdrs: ["最近通话", "Recent calls"],
  queues: ["队列", "Queues"],
  // columns
  job_number: ["工号", "Job no."],
  name: ["姓名", "Name"],
  extension: ["分机", "Ext."],
  status: ["状态", "State"],
  device: ["话机", "Device"],
  registered: ["已注册", "Registered"],
  unregistered: ["未注册", "Offline"],
  caller: ["主叫", "Caller"],
  callee: ["被叫", "Called"],
  queue: ["队列", "Queue"],
  agent: ["坐席", "Agent"],
  phase: ["状态", "Phase"],
  duration: ["时长", "Duration"],
  start_time: ["开始时间", "Start"],
  wait: ["排队", "Wait"],
  talk: ["通话", "Talk"],
  hangup: ["挂断", "Hang-up"],
  recording: ["录音", "Recording"],
  play: ["播放", "Play"],
  download: ["下载", "Download"],
  no_recording: ["无录音", "None"],
  close: ["关闭", "Close"],
  phase_new: ["新呼入", "New"],
  phase_queued: ["排队中", "Queued"],
  phase_offered: ["振铃中", "Ringing"],
  phase_answered: ["通话中", "Talking"],
  phase_ended: ["已结束", "Ended"],
  side_caller: ["主叫挂机", "Caller"],
  side_callee: ["被叫挂机", "Agent"],
  side_agent: ["坐席挂机", "Agent"],
  side_system: ["系统", "System"],
  no_calls: ["暂无通话", "No calls"],
  no_agents: ["暂无坐席", "No agents"],
  no_cdrs: ["暂无记录", "No records"],
  loading: ["加载中…", "Loading…"],
  // connection
  online: ["已连接", "Connected"],
  reconnecting: ["重新连接中…", "Reconnecting…"],
  core_offline: ["交换机未连接", "Switch offline"],
  // wall
  waiting: ["等待数", "Waiting"],
  longest_wait: ["最长等待", "Longest wait"],
  agents_ready: ["空闲坐席", "Ready"],
  agents_busy: ["忙碌坐席", "Busy"],
  signed_in: ["签入坐席", "Signed in"],
  talking: ["通话坐席", "On call"],
  no_queues: ["暂无队列数据", "No queue data"],
  sl_target: ["服务水平目标(秒)", "SL target (s)"],
  force_ready: ["强制示闲", "Force ready"],
  force_not_ready: ["强制示忙", "Force not ready"],
  force_logout: ["强制签出", "Force log out"],
  reason_supervisor: ["班长置忙", "Set by supervisor"],
  // cdr search
  search: ["查询", "Search"],
  reset: ["重置", "Reset"],
  date_from: ["开始日期", "From"],
  date_to: ["结束日期", "To"],
  all_agents: ["全部坐席", "All agents"],
  all_queues: ["全部队列", "All queues"],
  answered_only: ["仅已接通", "Answered only"],
  results: ["条记录", "records"],
  refresh: ["刷新", "Refresh"],
  // screen pop
  screen_pop: ["来电弹屏", "Screen pop"],
  incoming: ["来电", "Incoming call"],
  in_call: ["通话中", "In call"],
  customer: ["客户", "Customer"],
  vip: ["VIP 等级", "VIP level"],
  region: ["归属地", "Region"],
  company: ["单位", "Company"],
  ivr_data: ["IVR 随路数据", "IVR data"],
  history: ["历史记录", "History"],
  new_customer: ["新客户", "New customer"],
  unknown_number: ["未知号码", "Unknown number"],
  phone: ["电话", "Phone"],
  notes: ["备注", "Notes"],
  save: ["保存", "Save"],
  crm_pending: ["CRM 接口待接入", "CRM API not connected yet"],
  answer: ["接听", "Answer"],
  hang_up: ["挂机", "Hang up"],
  // softphone (WebRTC)
  softphone: ["软电话", "Softphone"],
  device_webrtc: ["浏览器软电话", "Browser (WebRTC)"],
  device_sip: ["SIP 话机", "SIP phone"],
  sp_idle: ["未连接", "Off"],
  sp_connecting: ["连接中…", "Connecting…"],
  sp_connected: ["已就绪", "Ready for calls"],
  sp_reconnecting: ["重连中…", "Reconnecting…"],
  sp_failed: ["连接失败", "Failed"],
  sp_retry: ["重试", "Retry"],
  microphone: ["麦克风", "Microphone"],
  speaker: ["扬声器", "Speaker"],
  default_device: ["系统默认", "System default"],
  mute: ["静音", "Mute"],
  unmute: ["取消静音", "Unmute"],
  hold: ["保持", "Hold"],
  resume: ["恢复", "Resume"],
  dtmf_pad: ["拨号盘", "Keypad"],
  use_sip_phone: ["当前使用 SIP 话机，请在话机上操作", "Using a SIP phone: answer and hang up on the phone"],
  softphone_not_ready: ["软电话未就绪", "Softphone not ready"],
  // in-call work
  disposition: ["处理结果", "Disposition"],
  disposition_notes: ["通话小结", "Call notes"],
  disposition_saved: ["已保存处理结果", "Disposition saved"],
  choose_disposition: ["请选择处理结果", "Choose a disposition"],
  recording_pause: ["暂停录音", "Pause recording"],
  recording_resume: ["恢复录音", "Resume recording"],
  recording_paused: ["录音已暂停", "Recording paused"],
  transfer_area: ["转接/会议", "Transfer / conference"],
  ticket: ["工单", "Ticket"],
  tickets: ["工单", "Tickets"],
  new_ticket: ["新建工单", "New ticket"],
  ticket_title: ["标题", "Title"],
  ticket_body: ["描述", "Description"],
  priority: ["优先级", "Priority"],
  pri_low: ["低", "Low"],
  pri_normal: ["普通", "Normal"],
  pri_high: ["高", "High"],
  pri_urgent: ["紧急", "Urgent"],
  ticket_created: ["工单已创建", "Ticket created"],
  open_tickets: ["未结工单", "Open tickets"],
  ts_open: ["待处理", "Open"],
  ts_in_progress: ["处理中", "In progress"],
  ts_pending: ["挂起", "Pending"],
  ts_resolved: ["已解决", "Resolved"],
  ts_closed: ["已关闭", "Closed"],
  kb: ["知识库", "Knowledge base"],
  kb_search: ["搜索知识库/话术", "Search answers"],
  kb_empty: ["没有找到相关话术", "No matching answer"],
  copy: ["复制", "Copy"],
  copied: ["已复制", "Copied"],
  // after-call work
  acw_title: ["话后处理", "After-call work"],
  acw_hint: ["请填写处理结果，完成后示闲", "Set the disposition, then go ready"],
  acw_done_ready: ["完成并示闲", "Done, go ready"],
  last_call: ["上一通电话", "Last call"],
  // CRM
  tab_crm: ["客户/工单", "Customers & tickets"],
  tab_voicemail: ["语音信箱", "Voicemail"],
  tab_inbox: ["消息/公告", "Messages & notices"],
  customers: ["客户", "Customers"],
  customer_search: ["姓名/电话/单位", "Name, phone, company"],
  vip_level: ["VIP 等级", "VIP level"],
  email: ["邮箱", "Email"],
  tags: ["标签", "Tags"],
  interactions: ["联系记录", "Interactions"],
  call_kind: ["通话", "Call"],
  note_kind: ["备注", "Note"],
  add_note: ["添加备注", "Add note"],
  customer_created: ["客户已创建", "Customer created"],
  select_customer: ["请选择客户", "Select a customer"],
  no_customers: ["没有客户", "No customers"],
  no_tickets: ["暂无工单", "No tickets"],
  my_tickets: ["我的工单", "My tickets"],
  all_tickets: ["全部工单", "All tickets"],
  set_status: ["改状态", "Set status"],
  dial: ["外呼", "Call"],
  dialing: ["正在呼叫，请接听话机…", "Calling: answer your phone…"],
  dial_failed: ["外呼失败", "Call failed"],
  no_number: ["客户没有电话号码", "The customer has no phone number"],
  not_answered: ["未接通", "Not answered"],
  // voicemail
  voicemail: ["语音信箱", "Voicemail"],
  no_voicemail: ["暂无留言", "No messages"],
  box: ["信箱", "Box"],
  // messages / notices / reminders
  messages: ["站内消息", "Messages"],
  inbox: ["收件箱", "Inbox"],
  sent: ["已发送", "Sent"],
  send: ["发送", "Send"],
  to: ["收件人", "To"],
  from: ["发件人", "From"],
  message_body: ["消息内容", "Message"],
  mark_read: ["标为已读", "Mark read"],
  unread: ["未读", "unread"],
  no_messages: ["暂无消息", "No messages"],
  new_message: ["新消息", "New message"],
  notices: ["公告", "Notices"],
  no_notices: ["暂无公告", "No notices"],
  reminders: ["提醒", "Reminders"],
  reminder: ["提醒", "Reminder"],
  new_reminder: ["新建提醒", "New reminder"],
  due_at: ["提醒时间", "Due"],
  done: ["完成", "Done"],
  dismiss: ["稍后", "Later"],
  no_reminders: ["暂无提醒", "No reminders"],
  notify_enable: ["开启桌面通知", "Enable notifications"],
  sc_tab_more: ["客户/工单、语音信箱、消息", "Customers, voicemail, messages"],
  // shortcuts / language
  shortcuts: ["快捷键", "Keyboard shortcuts"],
  sc_ready: ["示闲", "Ready"],
  sc_not_ready: ["示忙（小休）", "Not ready (break)"],
  sc_answer: ["接听", "Answer"],
  sc_hangup: ["挂机", "Hang up"],
  sc_lang: ["切换语言", "Switch language"],
  sc_tab: ["切换页面", "Switch tab"],
  sc_help: ["显示快捷键", "Show shortcuts"],
} as const satisfies Record<string, readonly [string, string]>;

export type Key = keyof typeof T;

export function hasKey(k: string): k is Key {
  return Object.hasOwn(T, k);
}

/** Primary text and (in zh-CN mode) the English secondary text. Unknown keys fall back to the key itself. */
export function tr(key: Key | string, lang: Lang): { primary: string; secondary: string | null } {
  const e = hasKey(key) ? T[key] : null;
  if (!e) return { primary: key, secondary: null };
  return lang === "en" ? { primary: e[1], secondary: null } : { primary: e[0], secondary: e[1] };
}

/** One-string label for attributes, options and titles: "签入 Log in" in zh-CN, "Log in" in en. */
export function label(key: Key | string, lang: Lang): string {
  const { primary, secondary } = tr(key, lang);
  return secondary ? `${primary} ${secondary}` : primary;
}

/** Short label: only the primary text ("签入" in zh-CN, "Log in" in en), for dense cells. */
export function short(key: Key | string, lang: Lang): string {
  return tr(key, lang).primary;
}

/** Name of the language the toggle switches to ("English" while in zh-CN, "中文" while in en). */
export function otherLangName(lang: Lang): string {
  return lang === "en" ? "中文" : "English";
}

export function parseLang(v: string | null | undefined): Lang {
  return v === "en" ? "en" : "zh-CN";
}
