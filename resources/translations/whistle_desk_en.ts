<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于吹哨报到工作台</source>
        <translation>About Whistle Desk</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <translation>Whistle Desk</translation>
    </message>
    <message>
        <source>Whistle Desk %1 · 街道“吹哨报到”工单办理</source>
        <translation>Whistle Desk %1 · street-office case handling: whistle, departments report in</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>把以上信息复制到剪贴板，便于发给管理员</source>
        <translation>Copy the information above to the clipboard, to send to your administrator</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>吹哨报到工作台 / Whistle Desk</source>
        <translation>Whistle Desk / 吹哨报到工作台</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>创建管理员账户</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>管理员管理账户、部门、工作日历、时限标准和办公室设置。</source>
        <translation>The administrator manages accounts, departments, the work calendar, time limits and the office settings.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>显示名称</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>如 admin 或 zhang.wei（小写字母开头）</source>
        <translation>e.g. admin or zhang.wei (starts with a lower-case letter)</translation>
    </message>
    <message>
        <source>如 张伟</source>
        <translation>e.g. Zhang Wei</translation>
    </message>
    <message>
        <source>程序没有默认密码，请设置一个只有您知道的密码并牢记。用这个账户登录后，可以为受理员、督办员和部门联络员创建账户。</source>
        <translation>There is no default password: choose one that only you know, and keep it safe. Once logged in with this account you can create accounts for clerks, supervisors and department responders.</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>请设置密码。</source>
        <translation>Please choose a password.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>正在创建管理员账户…</source>
        <translation>Creating the administrator account…</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <source>审批队列</source>
        <translation>Approval queue</translation>
    </message>
    <message>
        <source>部门提交的延期、挂起和退单申请。同意或驳回（驳回须说明理由）。</source>
        <translation>Extension, suspension and return requests from departments. Approve or reject them (a rejection needs a reason).</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>同意所选申请</source>
        <translation>Approve the selected request</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>驳回所选申请（须说明理由）</source>
        <translation>Reject the selected request (a reason is required)</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新读取审批队列</source>
        <translation>Reload the approval queue</translation>
    </message>
    <message>
        <source>当前没有待审批的申请。</source>
        <translation>No requests are waiting for approval.</translation>
    </message>
    <message>
        <source>工单 %1：已同意%2的%3申请</source>
        <translation>Ticket %1: approved the %3 request of %2</translation>
    </message>
    <message>
        <source>工单 %1：已驳回%2的%3申请</source>
        <translation>Ticket %1: rejected the %3 request of %2</translation>
    </message>
</context>
<context>
    <name>CalendarMonthModel</name>
    <message>
        <source>周%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 周%2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> · 工作时间 %1 小时</source>
        <translation> · %1 working hours</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>工作日历</source>
        <extracomment>The month&apos;s days arrived. The calendar changed (a day was set or a CSV imported): badges and dues should refresh.</extracomment>
        <translation>Work calendar</translation>
    </message>
    <message>
        <source>◀ 上月</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>下月 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>所选日期</source>
        <translation>Selected day</translation>
    </message>
    <message>
        <source>请在左侧选择日期</source>
        <translation>Select a day on the left</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>如：国庆节、调休上班（国庆节）</source>
        <translation>e.g. National Day, Make-up working day (National Day)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>保存该日期</source>
        <translation>Save this day</translation>
    </message>
    <message>
        <source>导入国务院放假安排</source>
        <translation>Import the State Council holiday schedule</translation>
    </message>
    <message>
        <source>CSV 文件，每行“日期,类型,名称”，类型为 holiday（放假）、workday（调休上班）或 default（恢复默认）。整个文件有一处错误则全部不导入。</source>
        <translation>A CSV file with one &quot;date,type,name&quot; line per day; type is holiday, workday (make-up working day) or default (back to normal). If any line has an error, nothing is imported.</translation>
    </message>
    <message>
        <source>导入 CSV 文件…</source>
        <translation>Import CSV file…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1（周%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>已将 %1 设为%2</source>
        <translation>%1 is now: %2</translation>
    </message>
    <message>
        <source>导入放假安排</source>
        <translation>Import holiday schedule</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv *.txt);;所有文件 (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>已从 %1 导入 %2 个日期</source>
        <translation>Imported %2 day(s) from %1</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>未导入任何日期。%1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>与数据库的连接已断开，正在重试…</source>
        <extracomment>Ids of tickets another desk (or this one) committed changes to. The listening connection was established (True) or lost (False), with a message for the user. Notifications may have been missed (after a reconnect): refresh everything. Connections made so far (1 after the first; a larger number means it reconnected). The connection was lost (the message says why). The database answers again (and the listener, if any, listens again): refresh everything. What is down: &quot;listener&quot; (the LISTEN connection) and/or &quot;ops&quot; (a database call failed).</extracomment>
        <translation>The connection to the database was lost. Retrying…</translation>
    </message>
    <message>
        <source>立即重试</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>马上再试一次连接数据库</source>
        <translation>Try to connect to the database again right now</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>数据库连接</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>选择本程序的数据保存在哪里。更改后需要重新登录才能生效。</source>
        <extracomment>The URL saved by OK (no password), or None.</extracomment>
        <translation>Choose where this program keeps its data. A change takes effect after you log in again.</translation>
    </message>
    <message>
        <source>仅本机（内置数据库）</source>
        <translation>This computer only (built-in database)</translation>
    </message>
    <message>
        <source>共享服务器（PostgreSQL，多台电脑共用）</source>
        <translation>Shared server (PostgreSQL, used by several computers)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>只有这台电脑使用。不要把数据库文件放在网络共享文件夹上：多台电脑同时使用会损坏数据，请改用共享服务器。</source>
        <translation>Only this computer uses it. Do not put the database file in a network shared folder: several computers using it at once would corrupt the data. Use a shared server instead.</translation>
    </message>
    <message>
        <source>如 10.0.0.5 或 db.jiedao.local</source>
        <translation>e.g. 10.0.0.5 or db.jiedao.local</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>用上面填写的内容连接一次数据库（不做任何修改）</source>
        <translation>Connect to the database once with the details above (nothing is changed)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>已保存在系统密钥环中；留空则不变</source>
        <translation>Saved in the system keyring; leave empty to keep it</translation>
    </message>
    <message>
        <source>密码只保存在本机系统的密钥环（凭据管理器）中，不会写入设置文件或日志。</source>
        <translation>The password is kept only in this computer&apos;s system keyring (Credential Manager), never in a settings file or a log.</translation>
    </message>
    <message>
        <source>选择数据库文件</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>数据库文件 (*.db);;所有文件 (*)</source>
        <translation>Database files (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>不支持把数据库文件放在网络共享上（多台电脑同时写入会损坏数据）。多台电脑共用时请选择“共享服务器”。</source>
        <translation>A database file on a network share is not supported (several computers writing at once would corrupt it). To share data between computers, choose &quot;Shared server&quot;.</translation>
    </message>
    <message>
        <source>请填写服务器地址。</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>服务器地址只填主机名或 IP 地址，如 10.0.0.5。</source>
        <translation>Enter only the host name or IP address, e.g. 10.0.0.5.</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>数据保存在哪里</source>
        <extracomment>The connection (and password) that was opened successfully: 下一步 goes on without reopening.</extracomment>
        <translation>Where your data lives</translation>
    </message>
    <message>
        <source>欢迎使用吹哨报到工作台。首次使用，请先选择数据库，再创建管理员账户。</source>
        <translation>Welcome to Whistle Desk. To get started, choose the database, then create the administrator account.</translation>
    </message>
    <message>
        <source>界面语言 / Language</source>
        <translation>Language / 界面语言</translation>
    </message>
    <message>
        <source>仅本机（内置数据库，适合一台电脑或试用）</source>
        <translation>This computer only (built-in database, for one computer or a trial)</translation>
    </message>
    <message>
        <source>共享服务器（PostgreSQL，多台电脑共用一个数据库）</source>
        <translation>Shared server (PostgreSQL: several computers share one database)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>只有这台电脑使用。不要把数据库文件放在网络共享文件夹上：多台电脑同时使用会损坏数据，请改用共享服务器。</source>
        <translation>Only this computer uses it. Do not put the database file in a network shared folder: several computers using it at once would corrupt the data. Use a shared server instead.</translation>
    </message>
    <message>
        <source>如 10.0.0.5 或 db.jiedao.local</source>
        <translation>e.g. 10.0.0.5 or db.jiedao.local</translation>
    </message>
    <message>
        <source>密码只保存在本机系统的密钥环（凭据管理器）中，不会写入设置文件或日志。</source>
        <translation>The password is kept only in this computer&apos;s system keyring (Credential Manager), never in a settings file or a log.</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>用上面填写的内容连接一次数据库（不做任何修改）</source>
        <translation>Connect to the database once with the details above (nothing is changed)</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>选择数据库文件</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>数据库文件 (*.db);;所有文件 (*)</source>
        <translation>Database files (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>不支持把数据库文件放在网络共享上（多台电脑同时写入会损坏数据）。多台电脑共用时请选择“共享服务器”。</source>
        <translation>A database file on a network share is not supported (several computers writing at once would corrupt it). To share data between computers, choose &quot;Shared server&quot;.</translation>
    </message>
    <message>
        <source>请填写服务器地址。</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <source>服务器地址只填主机名或 IP 地址，如 10.0.0.5。</source>
        <translation>Enter only the host name or IP address, e.g. 10.0.0.5.</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>DecideRequestDialog</name>
    <message>
        <source>审批%1申请</source>
        <translation>Decide on a request: %1</translation>
    </message>
    <message>
        <source>工单 %1：%2</source>
        <translation>Ticket %1: %2</translation>
    </message>
    <message>
        <source>%1申请%2（%3，%4）</source>
        <translation>%1 requested: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>理由：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>办结期限：%1 → %2</source>
        <translation>Resolve by: %1 → %2</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>驳回时必须说明理由</source>
        <translation>A rejection needs a reason</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>驳回申请时请说明理由。</source>
        <translation>Please give a reason for rejecting the request.</translation>
    </message>
</context>
<context>
    <name>DecideReturnDialog</name>
    <message>
        <source>审核退单</source>
        <translation>Decide on return</translation>
    </message>
    <message>
        <source>退单理由：%1</source>
        <translation>Reason for the return: %1</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>同意退单</source>
        <translation>Approve the return</translation>
    </message>
    <message>
        <source>驳回，继续办理</source>
        <translation>Reject: the department keeps it</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>驳回时必须说明理由</source>
        <translation>A rejection needs a reason</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>驳回退单时请说明理由。</source>
        <translation>Please give a reason for rejecting the return.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>请在左侧列表中选择一张工单</source>
        <extracomment>The dispatch selected in the list changed (its id, or 0 for none).</extracomment>
        <translation>Select a ticket in the list on the left</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>最近修改</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>：</source>
        <extracomment>field -&gt; value label (public for tests)</extracomment>
        <translation>:</translation>
    </message>
    <message>
        <source>问题描述：</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>派单（吹哨报到）</source>
        <translation>Dispatches (whistle and report in)</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 · %2 · 第 %3 轮</source>
        <translation>%1 · %2 · round %3</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DispatchListModel</name>
    <message>
        <source>部门</source>
        <extracomment>Pages of rows kept in memory; older ones are dropped and fetched again if the view comes back. A new id list is in place (after a model reset, or unchanged after a refresh). Row data of one page arrived (page number). Loading failed; the argument is a message for the user. Fresh rows of some changed tickets arrived (their ids) without a reset. Counters for tests and the benchmark. Badges: the clock they are evaluated against, and (set by the view&apos;s owner) the rows on screen. Whether clicking a header sorts (in memory: these lists are short).</extracomment>
        <translation>Department</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Respond</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>派单时间</source>
        <translation>Dispatched at</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>限 %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1申请待审核</source>
        <translation>%1 request awaiting approval</translation>
    </message>
    <message>
        <source>%1起挂起</source>
        <translation>suspended since %1</translation>
    </message>
    <message>
        <source>退单理由：%1</source>
        <translation>Reason for the return: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1期限：%2（时限 %3）</source>
        <translation>%1 by: %2 (limit %3)</translation>
    </message>
    <message>
        <source>%1时间：%2</source>
        <translation>%1: done %2</translation>
    </message>
    <message>
        <source>已升级至%1</source>
        <translation>Escalated: %1</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>催办</source>
        <translation>Send a reminder</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>确认通报</source>
        <translation>Confirm public notice</translation>
    </message>
    <message>
        <source>工单 %1：%2</source>
        <translation>Ticket %1: %2</translation>
    </message>
    <message>
        <source>%1（%2）%3超时，已%4；期限 %5，已超时 %6 工时</source>
        <translation>%1 (%2) is overdue on the %3 step, escalation: %4. Due %5, overdue by %6 working hours</translation>
    </message>
    <message>
        <source>新的%1期限</source>
        <translation>New deadline (%1)</translation>
    </message>
    <message>
        <source>改派给</source>
        <translation>Reassign to</translation>
    </message>
    <message>
        <source>请选择部门</source>
        <translation>Select a department</translation>
    </message>
    <message>
        <source>如：已电话督促，要求今日内报到</source>
        <translation>e.g. Phoned them and asked them to report in today</translation>
    </message>
    <message>
        <source>可不填，如：已与部门商定</source>
        <translation>Optional, e.g. agreed with the department</translation>
    </message>
    <message>
        <source>说明改派原因；原部门的派单将被撤回</source>
        <translation>Why it is reassigned; the original department&apos;s dispatch is withdrawn</translation>
    </message>
    <message>
        <source>可不填；将列入周报通报</source>
        <translation>Optional; it is listed in the weekly report&apos;s public notices</translation>
    </message>
    <message>
        <source>催办说明</source>
        <translation>Reminder note</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>（选填）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation>Reason for reassigning</translation>
    </message>
    <message>
        <source>请选择改派的部门。</source>
        <translation>Please select the department to reassign to.</translation>
    </message>
</context>
<context>
    <name>EscalationModel</name>
    <message>
        <source>工单编号</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>超时环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>超时（工时）</source>
        <translation>Late (wh)</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>升级时间</source>
        <translation>Escalated at</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>处理时间</source>
        <translation>Handled at</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已关闭 %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>EscalationPage</name>
    <message>
        <source>已到期仍未完成的环节。可以催办、延期或改派；部门完成该环节后自动关闭。</source>
        <extracomment>The selected row&apos;s ticket number and dispatch id (the window shows it in the detail pane). An action went through: everything should refresh. The argument is a status message. Rows arrived. A message for the status bar (load errors).</extracomment>
        <translation>Steps past their deadline. Send a reminder, extend the deadline or reassign; an item closes by itself when the department completes the step.</translation>
    </message>
    <message>
        <source>到期超过督办时限仍未完成的环节，需要督办员跟进。</source>
        <translation>Steps still open past the supervision limit: a supervisor needs to follow them up.</translation>
    </message>
    <message>
        <source>到期超过通报时限仍未完成的环节；确认后列入周报的通报名单。</source>
        <translation>Steps still open past the public-notice limit; once confirmed they are named in the weekly report.</translation>
    </message>
    <message>
        <source>%1队列</source>
        <translation>%1 queue</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Remind</translation>
    </message>
    <message>
        <source>登记催办（须填写说明）</source>
        <translation>Record a reminder (a note is required)</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>给超时环节一个新的期限</source>
        <translation>Give the overdue step a new deadline</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>撤回原部门的派单，改派给另一个部门</source>
        <translation>Withdraw the dispatch from its department and reassign it to another</translation>
    </message>
    <message>
        <source>确认通报</source>
        <translation>Confirm public notice</translation>
    </message>
    <message>
        <source>确认列入通报</source>
        <translation>Confirm it for the public notice</translation>
    </message>
    <message>
        <source>显示已关闭的</source>
        <translation>Show closed items</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新读取该队列</source>
        <translation>Reload this queue</translation>
    </message>
    <message>
        <source>当前没有%1事项。</source>
        <translation>Nothing at the %1 level right now.</translation>
    </message>
    <message>
        <source>工单 %1：已催办%2</source>
        <translation>Ticket %1: reminder sent to %2</translation>
    </message>
    <message>
        <source>工单 %1：已为%2延期</source>
        <translation>Ticket %1: deadline extended for %2</translation>
    </message>
    <message>
        <source>工单 %1：已将%2的派单改派</source>
        <translation>Ticket %1: the dispatch of %2 was reassigned</translation>
    </message>
    <message>
        <source>工单 %1：已确认通报%2</source>
        <translation>Ticket %1: public notice confirmed for %2</translation>
    </message>
</context>
<context>
    <name>ExistingPage</name>
    <message>
        <source>数据库已经设置好</source>
        <translation>This database is already set up</translation>
    </message>
    <message>
        <source>数据库 %1 中已有 %2 个账户，不需要再创建管理员。

点“完成”后请用您的账户登录。如果您还没有账户，请联系管理员创建。</source>
        <translation>The database %1 already has %2 account(s), so no administrator needs to be created.

Click &quot;Finish&quot; and log in with your account. If you do not have one yet, ask your administrator to create it.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>现办结期限：%1</source>
        <translation>Current resolve deadline: %1</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>说明为何不能按期办结</source>
        <translation>Explain why it cannot be resolved in time</translation>
    </message>
    <message>
        <source>新办结期限</source>
        <translation>New resolve deadline</translation>
    </message>
    <message>
        <source>提交申请</source>
        <translation>Submit request</translation>
    </message>
    <message>
        <source>请填写延期理由。</source>
        <translation>Please give a reason for the extension.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>首次运行向导 — 吹哨报到工作台</source>
        <extracomment>The database chosen on page 1 (opened), or None. Desks this wizard opened (closed unless chosen when the wizard ends).</extracomment>
        <translation>First-run wizard — Whistle Desk</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>创建管理员</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在打开数据库（首次使用时会创建数据表）…</source>
        <translation>Opening the database (the tables are created on first use)…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 吹哨报到工作台</source>
        <translation>Log in — Whistle Desk</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <translation>Whistle Desk</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>请输入用户名。</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>吹哨报到工作台 — %1（%2）</source>
        <extracomment>The actions, in toolbar order. &quot;verify&quot; covers 核实 and 回访 (verify / record_callback). Actions that apply to the dispatch selected in the detail pane (resume acts on a suspended dispatch). Pages after the ticket queues (supervisors and admins): nav key -&gt; escalation level (0: approvals). The weekly report page&apos;s nav key (clerks, supervisors and admins). Live changes arriving within this many ms are applied together. The user chose 退出登录: the application shows the login dialog again. Another language was chosen in 查看 → 语言 (already installed): the application rebuilds the window. Something changed (our own action, or another desk&apos;s): views refresh. Detail of the selected ticket arrived (or None). Queue counts arrived. Escalation and approval counts arrived (supervisors and admins): {nav key: unhandled count}. The user saved another database connection and wants to log in there now (its URL, no password). Changes of these ticket ids (another desk&apos;s, heard live or by polling) are being applied. Newest escalation id seen, for &quot;something escalated&quot; notices (None until the first load).</extracomment>
        <translation>Whistle Desk — %1 (%2)</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>Public notices</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>督办与审批</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>搜索编号、标题或地址（Ctrl+F）</source>
        <translation>Search number, title or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <extracomment>nav key -&gt; page (supervisors and admins) The 周报 page (clerks, supervisors and admins), else None.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>新建工单</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>吹哨派单</source>
        <translation>Whistle</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Respond</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>申请退单</source>
        <translation>Request return</translation>
    </message>
    <message>
        <source>审核退单</source>
        <translation>Decide on return</translation>
    </message>
    <message>
        <source>撤回派单</source>
        <translation>Withdraw dispatch</translation>
    </message>
    <message>
        <source>核实/回访</source>
        <translation>Verify / Callback</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>重办</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Cancel ticket</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>申请挂起</source>
        <translation>Request suspension</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <source>受理一张新工单</source>
        <translation>Open a new ticket</translation>
    </message>
    <message>
        <source>修改所选工单的内容</source>
        <translation>Change the selected ticket</translation>
    </message>
    <message>
        <source>召集主办和协办部门</source>
        <translation>Summon the lead and assisting departments</translation>
    </message>
    <message>
        <source>本部门报到，表示已接单</source>
        <translation>Report in for your department: the dispatch is taken</translation>
    </message>
    <message>
        <source>登记响应情况（联系反映人或到场）</source>
        <translation>Record the response (contacted the resident or went on site)</translation>
    </message>
    <message>
        <source>登记办结情况</source>
        <translation>Record how it was resolved</translation>
    </message>
    <message>
        <source>不属于本部门职责时申请退单</source>
        <translation>Ask to return it when it is not your department&apos;s responsibility</translation>
    </message>
    <message>
        <source>同意或驳回退单申请</source>
        <translation>Approve or reject a return request</translation>
    </message>
    <message>
        <source>撤回所选派单</source>
        <translation>Withdraw the selected dispatch</translation>
    </message>
    <message>
        <source>核实办理结果并登记回访</source>
        <translation>Verify the result and record the callback</translation>
    </message>
    <message>
        <source>回访后结案</source>
        <translation>Close the ticket after the callback</translation>
    </message>
    <message>
        <source>结果不满意时重新办理</source>
        <translation>Handle it again when the result is not satisfactory</translation>
    </message>
    <message>
        <source>撤销工单</source>
        <translation>Cancel the ticket</translation>
    </message>
    <message>
        <source>不能按期办结时申请延长办结期限</source>
        <translation>Ask for a later resolve deadline when it cannot be resolved in time</translation>
    </message>
    <message>
        <source>等待居民或天气等原因申请暂停计时</source>
        <translation>Ask to stop the clock, e.g. while waiting for the resident or for the weather</translation>
    </message>
    <message>
        <source>结束挂起，恢复计时</source>
        <translation>End the suspension and restart the clock</translation>
    </message>
    <message>
        <source>登记结案后的回头看情况</source>
        <translation>Record a follow-up revisit after closing</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>工单(&amp;T)</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>派单(&amp;D)</source>
        <translation>&amp;Dispatch</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>数据库连接…</source>
        <translation>Database connection…</translation>
    </message>
    <message>
        <source>选择本机数据库或共享服务器；更改后重新登录</source>
        <translation>Choose this computer&apos;s database or a shared server; log in again after a change</translation>
    </message>
    <message>
        <source>立即检查超时</source>
        <translation>Check deadlines now</translation>
    </message>
    <message>
        <source>立即检查到期未办的派单并记录催办、督办、通报</source>
        <translation>Check now for overdue dispatches and record reminders, supervision and public notices</translation>
    </message>
    <message>
        <source>管理(&amp;A)</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>工作日历…</source>
        <translation>Work calendar…</translation>
    </message>
    <message>
        <source>设置节假日和调休上班日，导入放假安排</source>
        <translation>Set public holidays and make-up working days, import the holiday schedule</translation>
    </message>
    <message>
        <source>时限标准…</source>
        <translation>Time limits…</translation>
    </message>
    <message>
        <source>按分类和紧急程度设置报到、响应、办结时限</source>
        <translation>Set the time limits to acknowledge, respond and resolve per category and urgency</translation>
    </message>
    <message>
        <source>办公室设置…</source>
        <translation>Office settings…</translation>
    </message>
    <message>
        <source>预警比例、升级时限、挂起上限、回头看</source>
        <translation>Warning share, escalation limits, maximum suspension, revisits</translation>
    </message>
    <message>
        <source>已受理新工单 %1</source>
        <translation>New ticket %1 opened</translation>
    </message>
    <message>
        <source>工单 %1 已保存</source>
        <translation>Ticket %1 saved</translation>
    </message>
    <message>
        <source>工单 %1 已派单</source>
        <translation>Ticket %1 dispatched</translation>
    </message>
    <message>
        <source>工单 %1：%2已报到</source>
        <translation>Ticket %1: %2 reported in</translation>
    </message>
    <message>
        <source>工单 %1：%2已响应</source>
        <translation>Ticket %1: %2 responded</translation>
    </message>
    <message>
        <source>工单 %1：%2已办结</source>
        <translation>Ticket %1: %2 resolved it</translation>
    </message>
    <message>
        <source>工单 %1：%2已申请退单</source>
        <translation>Ticket %1: %2 asked to return it</translation>
    </message>
    <message>
        <source>工单 %1：%2的退单申请已审核</source>
        <translation>Ticket %1: the return request of %2 was decided</translation>
    </message>
    <message>
        <source>工单 %1：已撤回%2的派单</source>
        <translation>Ticket %1: the dispatch to %2 was withdrawn</translation>
    </message>
    <message>
        <source>工单 %1 已核实/回访</source>
        <translation>Ticket %1 verified / called back</translation>
    </message>
    <message>
        <source>工单 %1 已结案</source>
        <translation>Ticket %1 closed</translation>
    </message>
    <message>
        <source>工单 %1 已重办</source>
        <translation>Ticket %1 reopened</translation>
    </message>
    <message>
        <source>工单 %1 已撤销</source>
        <translation>Ticket %1 cancelled</translation>
    </message>
    <message>
        <source>工单 %1：%2已申请延期，等待审批</source>
        <translation>Ticket %1: %2 asked for an extension, awaiting approval</translation>
    </message>
    <message>
        <source>工单 %1：%2已申请挂起，等待审批</source>
        <translation>Ticket %1: %2 asked for a suspension, awaiting approval</translation>
    </message>
    <message>
        <source>工单 %1：%2已恢复计时</source>
        <translation>Ticket %1: the clock of %2 is running again</translation>
    </message>
    <message>
        <source>工单 %1 已登记回头看</source>
        <translation>Ticket %1: revisit recorded</translation>
    </message>
    <message>
        <source>工单 %1 已核实</source>
        <translation>Ticket %1 verified</translation>
    </message>
    <message>
        <source>工单 %1 核实未通过，已退回重办</source>
        <translation>Ticket %1 failed verification and was sent back to be handled again</translation>
    </message>
    <message>
        <source>工单 %1：已同意%2退单</source>
        <translation>Ticket %1: return by %2 approved</translation>
    </message>
    <message>
        <source>工单 %1：已驳回%2的退单申请</source>
        <translation>Ticket %1: the return request of %2 was rejected</translation>
    </message>
    <message>
        <source>与数据库的连接已断开，正在重试…</source>
        <translation>The connection to the database was lost. Retrying…</translation>
    </message>
    <message>
        <source>已重新连接数据库，数据已刷新</source>
        <translation>Reconnected to the database; the data was refreshed</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>新派单</source>
        <translation>New dispatches</translation>
    </message>
    <message>
        <source>本部门有 %1 张新派单待报到（共 %2 张）</source>
        <translation>%1 new dispatch(es) for your department to acknowledge (%2 in all)</translation>
    </message>
    <message>
        <source>待处理 %1 项，共 %2 项</source>
        <translation>%1 open, %2 in all</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2 项</source>
        <translation>%2 at %1</translation>
    </message>
    <message>
        <source>%1（%2）%3超时</source>
        <translation>%1 (%2): %3 step overdue</translation>
    </message>
    <message>
        <source>超时升级</source>
        <translation>Overdue escalation</translation>
    </message>
    <message>
        <source>新增%1，如 %2</source>
        <translation>New: %1; e.g. %2</translation>
    </message>
    <message>
        <source>办公室设置已保存</source>
        <translation>Office settings saved</translation>
    </message>
    <message>
        <source>数据库连接已保存</source>
        <translation>Database connection saved</translation>
    </message>
    <message>
        <source>数据库连接已更改</source>
        <translation>Database connection changed</translation>
    </message>
    <message>
        <source>新的数据库连接（%1）需要重新登录后才能使用。现在退出登录并连接新的数据库吗？
选择“否”则在下次启动程序时生效。</source>
        <translation>The new database connection (%1) is used after you log in again. Log out now and connect to the new database?
Choose &quot;No&quot; to use it the next time the program starts.</translation>
    </message>
    <message>
        <source>数据库连接已保存，下次启动时生效</source>
        <translation>Database connection saved; it is used from the next start</translation>
    </message>
    <message>
        <source>该列不能排序</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>正在读取数据…</source>
        <translation>Loading data…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>报到说明</source>
        <extracomment>verb -&gt; (façade keyword of the note, required)</extracomment>
        <translation>Acknowledgment note</translation>
    </message>
    <message>
        <source>响应情况</source>
        <translation>Response details</translation>
    </message>
    <message>
        <source>办结情况</source>
        <translation>Resolution details</translation>
    </message>
    <message>
        <source>退单理由</source>
        <translation>Reason for the return</translation>
    </message>
    <message>
        <source>撤回理由</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <source>结案说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>重办理由</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>撤销理由</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>挂起理由</source>
        <translation>Reason for the suspension</translation>
    </message>
    <message>
        <source>恢复说明</source>
        <translation>Note on resuming</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>如：已电话联系反映人，约定明日到场</source>
        <translation>e.g. Phoned the resident; visit agreed for tomorrow</translation>
    </message>
    <message>
        <source>如：已现场处置完毕，附处置结果</source>
        <translation>e.g. Dealt with on site; result attached</translation>
    </message>
    <message>
        <source>说明不属于本部门职责的依据</source>
        <translation>Explain why this is not your department&apos;s responsibility</translation>
    </message>
    <message>
        <source>说明为何撤回</source>
        <translation>Explain why it is withdrawn</translation>
    </message>
    <message>
        <source>说明为何重办；将再次派给上一轮办结的部门</source>
        <translation>Explain why it is reopened; it goes again to the departments that resolved the last round</translation>
    </message>
    <message>
        <source>说明为何撤销该工单</source>
        <translation>Explain why the ticket is cancelled</translation>
    </message>
    <message>
        <source>如：等待居民回家后入户查看；批准后暂停计时</source>
        <translation>e.g. Waiting for the resident to be home for a visit; the clock stops once approved</translation>
    </message>
    <message>
        <source>可不填；挂起期间的工作时间将顺延到各项期限</source>
        <translation>Optional; the working time spent suspended is added to every deadline</translation>
    </message>
    <message>
        <source>（选填）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <translation>Please fill in: %1.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>哨</source>
        <extracomment>A sweep finished (the :class:`desk.dto.SweepResult`).</extracomment>
        <translation>W</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <extracomment>(title, message) of every notice.</extracomment>
        <translation>Whistle Desk</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>办公室信息</source>
        <translation>Your office</translation>
    </message>
    <message>
        <source>办公室名称显示在周报上；时限和时间都按办公室所在的时区计算。以后可以在“管理 → 办公室设置”中修改。</source>
        <translation>The office name appears on the weekly report; deadlines and times follow the office&apos;s time zone. You can change both later in Admin → Office settings.</translation>
    </message>
    <message>
        <source>办公室名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>时区</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>如 幸福街道办事处</source>
        <translation>e.g. Xingfu Street Office</translation>
    </message>
    <message>
        <source>中国大陆统一使用北京时间（Asia/Shanghai）。也可以输入其他 IANA 时区名。</source>
        <translation>Mainland China uses Beijing time (Asia/Shanghai). You can also type another IANA time zone name.</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>OpDialog</name>
    <message>
        <source>确定</source>
        <extracomment>Emitted with the façade&apos;s result when the call succeeded (just before the dialog accepts). Emitted when part of a two-step call went through although the dialog stays open. The call failed with ``ConflictError`` (someone else changed the item first): the core&apos;s message. The window reloads the item and hands it to :meth:`item_reloaded`.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已重新载入最新内容（见详情），请核对后再决定是否继续。</source>
        <translation>The latest version was loaded (see the details). Check it before you decide whether to go on.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>分类</source>
        <extracomment>Policies arrived. A row was saved (the new PolicyInfo). A save failed: (row, message).</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>报到时限</source>
        <translation>Acknowledge within</translation>
    </message>
    <message>
        <source>响应时限</source>
        <translation>Respond within</translation>
    </message>
    <message>
        <source>办结时限</source>
        <translation>Resolve within</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>双击修改，例如 30m、2h、1d、6wh、3wd（wd 为工作日，wh 为工作小时）</source>
        <translation>Double-click to change, e.g. 30m, 2h, 1d, 6wh, 3wd (wd: working days, wh: working hours)</translation>
    </message>
</context>
<context>
    <name>PolicyWindow</name>
    <message>
        <source>时限标准</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>双击时限即可修改，回车保存。单位：m 分钟、h 小时、d 天（自然时）；wh 工作小时、wd 工作日（工作时，按办公室的工作时段和工作日历计算）。修改只影响此后派出的派单。</source>
        <translation>Double-click a time limit to change it; press Enter to save. Units: m minutes, h hours, d days (calendar time); wh working hours, wd working days (working time, by the office&apos;s working hours and work calendar). A change applies only to dispatches made afterwards.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已保存：%1 · %2</source>
        <translation>Saved: %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2：</source>
        <translation>%1 · %2: </translation>
    </message>
    <message>
        <source>未保存。%1%2</source>
        <translation>Not saved. %1%2</translation>
    </message>
</context>
<context>
    <name>ReportScheduler</name>
    <message>
        <source>周报已自动生成</source>
        <extracomment>The automatic report was written (its path). An automatic run failed (the message).</extracomment>
        <translation>Weekly report generated</translation>
    </message>
    <message>
        <source>%1 周报已保存到 %2</source>
        <translation>The weekly report %1 was saved to %2</translation>
    </message>
    <message>
        <source>周报未能自动生成</source>
        <translation>The weekly report could not be generated</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>周报</source>
        <extracomment>A PDF was generated and is shown (its path). Generation ended without a PDF: cancelled (True) or failed (False). A message for the status bar. The progress of the render, 0..100 (emitted on the render worker, delivered queued).</extracomment>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>按周统计受理、派单、三率（响应率、解决率、满意率）、红黑榜、超期和通报事项，生成可打印的 PDF。一周从周一 0 点到周日 24 点（办公室时间）。</source>
        <translation>Weekly figures: tickets received and dispatched, the three rates (response, resolution, satisfaction), the red and black lists, overdue work and public notices, as a printable PDF. A week runs from Monday 00:00 to Sunday 24:00 (office time).</translation>
    </message>
    <message>
        <source>周次</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>统计所选一周并生成 PDF（Ctrl+G）</source>
        <translation>Compute the selected week and make the PDF (Ctrl+G)</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印周报（Ctrl+P）</source>
        <translation>Print the weekly report (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>把周报 PDF 保存到指定位置</source>
        <translation>Save the weekly report PDF where you choose</translation>
    </message>
    <message>
        <source>导出数字 JSON…</source>
        <translation>Export figures (JSON)…</translation>
    </message>
    <message>
        <source>导出周报中的全部数字（JSON 格式），便于核对或再加工</source>
        <translation>Export every figure of the report as JSON, to check or reuse it</translation>
    </message>
    <message>
        <source>选择周次后按“生成”。</source>
        <translation>Choose a week, then click &quot;Generate&quot;.</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>实际大小</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>每周一 08:00 自动生成上周周报到文件夹</source>
        <translation>Every Monday at 08:00, save last week&apos;s report to a folder</translation>
    </message>
    <message>
        <source>本程序运行时，每周一 08:00（办公室时间）起把上周周报保存到该文件夹；周一没有开机的，开机后补生成。</source>
        <translation>While the program runs, last week&apos;s report is saved to this folder every Monday from 08:00 (office time); if the computer was off on Monday, it is made after the next start.</translation>
    </message>
    <message>
        <source>（未选择文件夹）</source>
        <translation>(no folder chosen)</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>中文字体</source>
        <translation>Chinese font</translation>
    </message>
    <message>
        <source>自动查找（程序自带的文泉驿微米黑，或系统的微软雅黑、宋体）</source>
        <translation>Automatic (the bundled WenQuanYi Micro Hei, or the system&apos;s Microsoft YaHei or SimSun)</translation>
    </message>
    <message>
        <source>选择字体…</source>
        <translation>Choose font…</translation>
    </message>
    <message>
        <source>指定 .ttf 或 .ttc 中文字体文件；清空则自动查找</source>
        <translation>A .ttf or .ttc Chinese font file; clear it to find one automatically</translation>
    </message>
    <message>
        <source>%1 本周，截至现在</source>
        <translation>%1 this week, so far</translation>
    </message>
    <message>
        <source>正在统计 %1 的数据…</source>
        <translation>Computing the figures for %1…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>生成周报</source>
        <translation>Generate weekly report</translation>
    </message>
    <message>
        <source>已取消生成周报。</source>
        <translation>Generating the weekly report was cancelled.</translation>
    </message>
    <message>
        <source>正在生成 %1 周报 PDF…</source>
        <translation>Making the weekly report PDF for %1…</translation>
    </message>
    <message>
        <source>周报已生成，但无法预览（%1）。</source>
        <translation>The weekly report was made but cannot be previewed (%1).</translation>
    </message>
    <message>
        <source>%1 · 共 %2 页 · %3</source>
        <translation>%1 · %2 page(s) · %3</translation>
    </message>
    <message>
        <source>生成于 %1</source>
        <translation>Made %1</translation>
    </message>
    <message>
        <source>已生成 %1 周报</source>
        <translation>Weekly report %1 made</translation>
    </message>
    <message>
        <source>已取消生成周报</source>
        <translation>Weekly report cancelled</translation>
    </message>
    <message>
        <source>未能生成周报：%1</source>
        <translation>Could not make the weekly report: %1</translation>
    </message>
    <message>
        <source>找不到中文字体</source>
        <translation>No Chinese font found</translation>
    </message>
    <message>
        <source>无法生成周报</source>
        <translation>Cannot make the weekly report</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>周报 %1</source>
        <translation>Weekly report %1</translation>
    </message>
    <message>
        <source>打印周报</source>
        <translation>Print weekly report</translation>
    </message>
    <message>
        <source>已把 %1 页周报送往打印机</source>
        <translation>Sent %1 page(s) of the weekly report to the printer</translation>
    </message>
    <message>
        <source>无法开始打印：打印机不可用。</source>
        <translation>Cannot print: the printer is not available.</translation>
    </message>
    <message>
        <source>周报另存为</source>
        <translation>Save weekly report as</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存到 %1：%2</source>
        <translation>Cannot save to %1: %2</translation>
    </message>
    <message>
        <source>周报已保存到 %1</source>
        <translation>Weekly report saved to %1</translation>
    </message>
    <message>
        <source>导出周报数字</source>
        <translation>Export weekly report figures</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>周报数字已导出到 %1</source>
        <translation>Weekly report figures exported to %1</translation>
    </message>
    <message>
        <source>自动生成的周报保存到</source>
        <translation>Save generated reports to</translation>
    </message>
    <message>
        <source>已开启每周自动生成周报</source>
        <translation>Weekly reports are now made automatically</translation>
    </message>
    <message>
        <source>已关闭每周自动生成周报</source>
        <translation>Weekly reports are no longer made automatically</translation>
    </message>
    <message>
        <source>选择中文字体</source>
        <translation>Choose a Chinese font</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>现办结期限</source>
        <translation>Current due</translation>
    </message>
    <message>
        <source>申请办结期限</source>
        <translation>Requested due</translation>
    </message>
    <message>
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <source>回头看</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <source>回头看情况</source>
        <translation>Revisit findings</translation>
    </message>
    <message>
        <source>如：现场查看，摊点未再出现</source>
        <translation>e.g. Checked on site; the stalls have not come back</translation>
    </message>
    <message>
        <source>问题是否反弹</source>
        <translation>Has the problem come back?</translation>
    </message>
    <message>
        <source>问题出现反弹</source>
        <translation>The problem has come back</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>请填写回头看情况。</source>
        <translation>Please describe what the revisit found.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>办公室设置</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>时限与督办的办公室设置。时长单位：d 天、wd 工作日、h 小时、wh 工作小时。</source>
        <translation>Office settings for deadlines and supervision. Units: d days, wd working days, h hours, wh working hours.</translation>
    </message>
    <message>
        <source>预警比例</source>
        <translation>Warning share</translation>
    </message>
    <message>
        <source>升级督办</source>
        <translation>Escalate to supervision</translation>
    </message>
    <message>
        <source>升级通报</source>
        <translation>Escalate to public notice</translation>
    </message>
    <message>
        <source>挂起上限</source>
        <translation>Maximum suspension</translation>
    </message>
    <message>
        <source>回头看分类</source>
        <translation>Revisit categories</translation>
    </message>
    <message>
        <source>回头看间隔</source>
        <translation>Revisit after</translation>
    </message>
    <message>
        <source>0 到 1 之间，如 0.8：时限过去 80% 时显示黄色预警</source>
        <translation>Between 0 and 1, e.g. 0.8: amber warning once 80% of the time limit has passed</translation>
    </message>
    <message>
        <source>到期后再过多久升级为督办，如 1wd</source>
        <translation>How long after the deadline it escalates to supervision, e.g. 1wd</translation>
    </message>
    <message>
        <source>到期后再过多久升级为通报，如 5wd</source>
        <translation>How long after the deadline it escalates to public notice, e.g. 5wd</translation>
    </message>
    <message>
        <source>挂起最长多久，超过后自动恢复计时，如 10wd</source>
        <translation>The longest suspension; after it the clock restarts by itself, e.g. 10wd</translation>
    </message>
    <message>
        <source>结案后要回头看的分类，用逗号分隔；为空则不安排</source>
        <translation>Categories to revisit after closing, separated by commas; empty for none</translation>
    </message>
    <message>
        <source>结案后多久回头看，如 365d</source>
        <translation>How long after closing to revisit, e.g. 365d</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>现有分类：%1</source>
        <translation>Categories: %1</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>新建工单</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>编辑工单</source>
        <translation>Edit ticket</translation>
    </message>
    <message>
        <source>工单 %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>手机号或固定电话，可不填</source>
        <translation>Mobile or landline, optional</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>工单 %1（已载入 %2 的修改）</source>
        <translation>Ticket %1 (with the changes by %2 loaded)</translation>
    </message>
    <message>
        <source>已载入最新内容；您改动过的内容仍保留。</source>
        <translation>The latest version was loaded; your own changes are kept.</translation>
    </message>
    <message>
        <source>以下内容对方也改过，请核对：%1。</source>
        <translation>The other person changed these too, please check them: %1.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>核对后可再次保存。</source>
        <translation>Save again once you have checked.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>编号</source>
        <extracomment>attribute of TicketSummary the façade&apos;s sort key, or None when the column cannot be sorted</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>本部门状态</source>
        <translation>Our status</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>担任%1</source>
        <translation>as %1</translation>
    </message>
    <message>
        <source>同意退单</source>
        <translation>Approve the return</translation>
    </message>
    <message>
        <source>驳回退单</source>
        <translation>Return rejected</translation>
    </message>
    <message>
        <source>联系到：%1</source>
        <translation>Contacted: %1</translation>
    </message>
    <message>
        <source>已解决：%1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <source>满意度：%1</source>
        <translation>Satisfaction: %1</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>修改了%1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <source>%1超时，升级为%2</source>
        <translation>%1 step overdue, escalated: %2</translation>
    </message>
    <message>
        <source>%1（%2超时）：%3</source>
        <translation>%1 (%2 step overdue): %3</translation>
    </message>
    <message>
        <source>%1期限改为 %2</source>
        <translation>%1 deadline changed to %2</translation>
    </message>
    <message>
        <source>改派给%1</source>
        <translation>reassigned to %1</translation>
    </message>
    <message>
        <source>同意%1申请</source>
        <translation>%1 request approved</translation>
    </message>
    <message>
        <source>驳回%1申请</source>
        <translation>%1 request rejected</translation>
    </message>
    <message>
        <source>办结期限改为 %1</source>
        <translation>Resolve deadline changed to %1</translation>
    </message>
    <message>
        <source>申请办结期限延至 %1</source>
        <translation>Asked to resolve by %1</translation>
    </message>
    <message>
        <source>办结期限顺延至 %1</source>
        <translation>Resolve deadline moved to %1</translation>
    </message>
    <message>
        <source>问题反弹：%1</source>
        <translation>Problem came back: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>核实 / 回访</source>
        <translation>Verify / call back</translation>
    </message>
    <message>
        <source>核实</source>
        <extracomment>Set when verification succeeded but the callback did not: a retry records only the callback.</extracomment>
        <translation>Verify</translation>
    </message>
    <message>
        <source>办理到位，核实通过</source>
        <translation>Done properly: verified</translation>
    </message>
    <message>
        <source>未办理到位，退回重办</source>
        <translation>Not done: send back</translation>
    </message>
    <message>
        <source>核实结果</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>未通过时必须说明理由</source>
        <translation>A reason is required when it fails</translation>
    </message>
    <message>
        <source>核实说明</source>
        <translation>Verification note</translation>
    </message>
    <message>
        <source>同时登记回访结果</source>
        <translation>Also record the callback</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>已联系到反映人</source>
        <translation>Reached the resident</translation>
    </message>
    <message>
        <source>联系情况</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>问题已解决</source>
        <translation>Problem solved</translation>
    </message>
    <message>
        <source>问题未解决</source>
        <translation>Problem not solved</translation>
    </message>
    <message>
        <source>解决情况</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation>Callback note</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>核实未通过时请说明理由。</source>
        <translation>Please give a reason when the verification fails.</translation>
    </message>
    <message>
        <source>核实（已通过）</source>
        <translation>Verify (passed)</translation>
    </message>
</context>
<context>
    <name>WhistleDialog</name>
    <message>
        <source>吹哨派单</source>
        <translation>Whistle (dispatch)</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>不更换（现主办：%1）</source>
        <translation>Keep the current lead (%1)</translation>
    </message>
    <message>
        <source>请选择主办部门</source>
        <translation>Choose the lead department</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>Assisting departments</translation>
    </message>
    <message>
        <source>%1（正在办理）</source>
        <translation>%1 (working on it)</translation>
    </message>
    <message>
        <source>派单说明</source>
        <translation>Dispatch note</translation>
    </message>
    <message>
        <source>可写明处置要求，各部门都能看到</source>
        <translation>What needs to be done; every department sees it</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>已载入最新内容；派单对象没有变化，可以再次派单。</source>
        <translation>The latest version was loaded; the departments to summon are unchanged, so you can dispatch again.</translation>
    </message>
    <message>
        <source>该工单的派单情况已有变化，请关闭本窗口，查看详情后重新派单。</source>
        <translation>The dispatches of this ticket have changed. Close this window, check the details, then dispatch again.</translation>
    </message>
    <message>
        <source>请指定主办部门。</source>
        <translation>Please choose the lead department.</translation>
    </message>
    <message>
        <source>该工单已有主办部门，请至少选择一个协办部门。</source>
        <translation>This ticket already has a lead department: choose at least one assisting department.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>SQLite（仅本机）</source>
        <translation>SQLite (this computer only)</translation>
    </message>
    <message>
        <source>PostgreSQL（共享服务器）</source>
        <translation>PostgreSQL (shared server)</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>操作系统</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>安装方式</source>
        <translation>Installed as</translation>
    </message>
    <message>
        <source>安装包</source>
        <translation>Installer package</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>数据库位置</source>
        <translation>Database location</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于吹哨报到工作台…</source>
        <translation>About Whistle Desk…</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>出现问题时，可把其中的 whistle-desk.log 发给管理员</source>
        <translation>When something goes wrong, send the whistle-desk.log in it to your administrator</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>节假日</source>
        <extracomment>What kind of day a calendar cell is: holiday | makeup | weekend | working (None outside the month). day kind -&gt; (background, text)</extracomment>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>%1分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1 day(s)</translation>
    </message>
    <message>
        <source>%1工作分钟</source>
        <translation>%1 working min</translation>
    </message>
    <message>
        <source>%1工作小时</source>
        <translation>%1 working h</translation>
    </message>
    <message>
        <source>%1个工作日</source>
        <translation>%1 working day(s)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>当前的 PySide6 6.12.0 在 Python 3.11 上会导致程序崩溃。请安装 PySide6 6.11 版本，或改用 Python 3.12 及以上版本。</source>
        <extracomment>Every installed translator: a QTranslator that is garbage-collected silently stops translating.</extracomment>
        <translation>PySide6 6.12.0 makes the program crash on Python 3.11. Install PySide6 6.11, or use Python 3.12 or later.</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <extracomment>QSettings key of the user&apos;s choice: &quot;zh_CN&quot;, &quot;en&quot; or &quot;system&quot;. Environment variable that decides the language when nothing was chosen in the menu (&quot;zh_CN&quot; or &quot;en&quot;). Every translator installed by :func:`install_language` (references keep them alive). The language installed last (None before the first install).</extracomment>
        <translation>Whistle Desk</translation>
    </message>
    <message>
        <source>打开数据库时发生意外错误，详细信息已写入日志。请检查数据库地址或联系管理员。</source>
        <translation>An unexpected error occurred while opening the database; the details were written to the log. Check the database address or contact your administrator.</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>运行环境有问题</source>
        <translation>Problem with the environment</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>正常</source>
        <extracomment>level -&gt; (background, text): dark text on a light tint, legible on white and on a selected row.</extracomment>
        <translation>On time</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已挂起</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>剩 %1 小时</source>
        <translation>%1 h left</translation>
    </message>
    <message>
        <source>剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>超期 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 工作日</source>
        <translation>%1 wd</translation>
    </message>
    <message>
        <source>%1 工时</source>
        <translation>%1 wh</translation>
    </message>
    <message>
        <source>%1：%2期限 %3，计时已挂起</source>
        <translation>%1: %2 by %3, clock suspended</translation>
    </message>
    <message>
        <source>%1：%2期限 %3（%4，%5起预警）</source>
        <translation>%1: %2 by %3 (%4, warning from %5)</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>无法在 %1 中新建数据库文件：文件夹不存在或没有写入权限。</source>
        <extracomment>&quot;sqlite&quot; or &quot;server&quot;</extracomment>
        <translation>Cannot create the database file in %1: the folder does not exist or cannot be written to.</translation>
    </message>
    <message>
        <source>数据库文件尚不存在，首次启动时将在此新建。</source>
        <translation>The database file does not exist yet; it will be created here at the first start.</translation>
    </message>
    <message>
        <source>连接成功：%1</source>
        <translation>Connected: %1</translation>
    </message>
    <message>
        <source>连接成功：%1（数据库还是空的，首次启动时将自动建表）</source>
        <translation>Connected: %1 (the database is still empty; the tables are created at the first start)</translation>
    </message>
    <message>
        <source>无法连接数据库</source>
        <translation>Cannot connect to the database</translation>
    </message>
    <message>
        <source>无法打开数据库，程序暂时不能使用。</source>
        <translation>The database cannot be opened, so the program cannot be used for now.</translation>
    </message>
    <message>
        <source>请检查网络和服务器是否正常后重试；如果数据库地址、用户名或密码有变，请打开“连接设置”修改。</source>
        <translation>Check the network and the server, then retry. If the database address, user name or password changed, open &quot;Connection settings&quot; to update them.</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>连接设置…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>日志文件：%1</source>
        <extracomment>The reporter installed by install_crash_handling (a reference keeps it and its hook alive). The plain-text details of an unhandled exception (from desk.logs.describe_exception). The box was shown (or updated) with these details (what tests wait for). Every report shown in the current box (newest last).</extracomment>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>又发生了 %1 个错误，详细信息中列出了全部错误。</source>
        <translation>%1 more error(s) occurred; the details list all of them.</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>程序遇到意外错误，详细信息已写入日志。</source>
        <translation>The program ran into an unexpected error. The details were written to the log.</translation>
    </message>
    <message>
        <source>可以继续使用，但建议保存手头的工作后重新启动程序。如果问题反复出现，请把详细信息或日志文件发给管理员。</source>
        <translation>You can go on working, but it is best to finish what you are doing and restart the program. If the problem keeps coming back, send the details or the log file to your administrator.</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>与数据库的连接已断开，操作未保存。您填写的内容已保留，连接恢复后请再按“%1”。</source>
        <translation>The connection to the database was lost and nothing was saved. What you entered is kept: click &quot;%1&quot; again once the connection is back.</translation>
    </message>
    <message>
        <source>工单 %1：%2</source>
        <translation>Ticket %1: %2</translation>
    </message>
    <message>
        <source>派单：%1（%2），当前%3</source>
        <translation>Dispatch: %1 (%2), currently %3</translation>
    </message>
    <message>
        <source>按办公室时间（%1）填写</source>
        <translation>In office time (%1)</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>语言 / Language</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文 (Chinese)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>中文系统显示中文，其他系统显示英文</source>
        <translation>Chinese on a Chinese system, English on any other</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>待派</source>
        <extracomment>lupdate finds translate(&quot;context&quot;, &quot;literal&quot;) calls through this name.</extracomment>
        <translation>To dispatch</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>待核实</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>待报到</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>已响应</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>退单申请中</source>
        <translation>Return requested</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>吹哨派单</source>
        <translation>Whistle</translation>
    </message>
    <message>
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>重办</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Respond</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>申请退单</source>
        <translation>Request return</translation>
    </message>
    <message>
        <source>审核退单</source>
        <translation>Decide on return</translation>
    </message>
    <message>
        <source>撤回派单</source>
        <translation>Withdraw dispatch</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>申请挂起</source>
        <translation>Request suspension</translation>
    </message>
    <message>
        <source>审核申请</source>
        <translation>Decide on request</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <source>处理督办</source>
        <translation>Handle escalation</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <source>受理员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>督办员</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>部门联络员</source>
        <translation>Department responder</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>特急</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>12345热线</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Assigned by superiors</translation>
    </message>
    <message>
        <source>媒体</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>主办</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>协办</source>
        <translation>Assisting</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>本部门待报到</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <source>退单待审</source>
        <translation>Returns to decide</translation>
    </message>
    <message>
        <source>待回头看</source>
        <translation>Revisits due</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>核实通过</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>核实未通过</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <source>超时升级</source>
        <translation>Escalated (overdue)</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>确认通报</source>
        <translation>Confirm public notice</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>退单</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>联系到</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>办结期限</source>
        <translation>Resolve deadline</translation>
    </message>
    <message>
        <source>报到期限</source>
        <translation>Acknowledge deadline</translation>
    </message>
    <message>
        <source>响应期限</source>
        <translation>Respond deadline</translation>
    </message>
    <message>
        <source>挂起时间</source>
        <translation>Suspended at</translation>
    </message>
    <message>
        <source>新办结期限</source>
        <translation>New resolve deadline</translation>
    </message>
    <message>
        <source>问题反弹</source>
        <translation>Problem came back</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>操作失败：程序遇到意外错误，详细信息已写入日志。请稍后重试或联系管理员。</source>
        <extracomment>Carries a closure from the worker to the GUI thread (always queued). True while any operation is queued or running. An operation failed because the database cannot be reached (the core&apos;s message). Worker lanes: &quot;db&quot; (every database call, one at a time) and &quot;render&quot; (CPU work such as a PDF).</extracomment>
        <translation>The operation failed: the program ran into an unexpected error and wrote the details to the log. Try again later or contact your administrator.</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not complete the operation</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>%1（%2月%3日–%4月%5日）</source>
        <extracomment>The scheduler&apos;s check interval, and when on Monday (office time) last week&apos;s report becomes due. After a failed automatic run, wait this long before trying again. Printing renders each page as an image at most this fine.</extracomment>
        <translation>%1 (%2/%3 – %4/%5)</translation>
    </message>
    <message>
        <source>周报-%1.pdf</source>
        <translation>weekly-report-%1.pdf</translation>
    </message>
    <message>
        <source>已取消生成周报。</source>
        <translation>Generating the weekly report was cancelled.</translation>
    </message>
    <message>
        <source>周报-%1.json</source>
        <translation>weekly-report-%1.json</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>数据库中已经有账户，不能再创建首个管理员。请用已有账户登录。</source>
        <extracomment>The time zones offered (any IANA name may be typed; the core validates it).</extracomment>
        <translation>The database already has accounts, so a first administrator cannot be created. Log in with an existing account.</translation>
    </message>
</context>
</TS>
