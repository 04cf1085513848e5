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
    <name>AcceptanceDialog</name>
    <message>
        <source>登记验收结果</source>
        <translation>Record the acceptance result</translation>
    </message>
    <message>
        <source>已录入测评答卷 %1 份。验收合格后将安排回访来源工单的居民，并安排回头看。</source>
        <translation>%1 survey responses recorded. Once the acceptance passes, the residents of the source tickets are to be called back and a revisit is scheduled.</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>验收结果</source>
        <translation>Acceptance result</translation>
    </message>
    <message>
        <source>验收日期</source>
        <translation>Acceptance date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>不合格时须写明原因</source>
        <translation>Give the reason when it failed</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>AddCategoryDialog</name>
    <message>
        <source>新增分类</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>分类名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>默认主办部门</source>
        <translation>Default lead department</translation>
    </message>
</context>
<context>
    <name>AddMilestoneDialog</name>
    <message>
        <source>安排项目节点</source>
        <translation>Plan a project milestone</translation>
    </message>
    <message>
        <source>主办、协办部门将被召集（须在 1 个工作日内报到）；计划完成日期须是工作日，到期未完成将逐级督办。</source>
        <translation>The lead and assisting departments are summoned (they report in within 1 working day); the planned date must be a working day, and a milestone not done by then escalates step by step.</translation>
    </message>
    <message>
        <source>节点名称</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>所属阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>Assisting departments</translation>
    </message>
    <message>
        <source>计划完成日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>请填写节点名称。</source>
        <translation>Please enter the milestone&apos;s name.</translation>
    </message>
</context>
<context>
    <name>AddNodeDialog</name>
    <message>
        <source>新增%1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>上级：%1</source>
        <translation>Parent: %1</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>（沿用上级）</source>
        <translation>(inherited from the parent)</translation>
    </message>
    <message>
        <source>（暂不指定）</source>
        <translation>(none for now)</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>请填写名称。</source>
        <translation>Please enter a name.</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>用户管理…</source>
        <extracomment>Builds the window (a non-modal window, or an OpDialog that is built afresh each time). Departments, communities, categories or the category standards changed: reload the pick-lists. Tickets changed (a re-classification moved some out of 待分类): refresh. The working calendar changed: deadlines are counted anew. 办公室设置 saved: the values written. A message for the status bar. The office&apos;s current time (the calendar opens at its month), None before it is known. key -&gt; 管理 menu entry; each is built for the roles the permission matrix allows its verb.</extracomment>
        <translation>Users…</translation>
    </message>
    <message>
        <source>开设账户、重置密码、停用、解锁、更改角色</source>
        <translation>Create accounts, reset passwords, disable, unlock, change roles</translation>
    </message>
    <message>
        <source>部门管理…</source>
        <translation>Departments…</translation>
    </message>
    <message>
        <source>新增、改名、停用可召集的部门</source>
        <translation>Add, rename or disable the departments that can be summoned</translation>
    </message>
    <message>
        <source>社区管理…</source>
        <translation>Communities…</translation>
    </message>
    <message>
        <source>新增、改名、停用新建工单时可选的社区</source>
        <translation>Add, rename or disable the communities a new ticket can name</translation>
    </message>
    <message>
        <source>分类管理…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>新增、改名、停用工单分类，设置默认主办部门</source>
        <translation>Add, rename or disable ticket categories and set their default lead department</translation>
    </message>
    <message>
        <source>立结案标准…</source>
        <translation>Category standards…</translation>
    </message>
    <message>
        <source>三级分类及其主办、协办部门、立案结案条件和时限，可导入导出 Excel</source>
        <translation>Three-level categories with lead and assisting departments, acceptance and closing criteria and time limits; import and export as Excel</translation>
    </message>
    <message>
        <source>12345 导入设置…</source>
        <translation>12345 import settings…</translation>
    </message>
    <message>
        <source>12345 分类对照、列名别名、已存的列映射和导入记录</source>
        <translation>12345 category mapping, column aliases, saved column mappings and import batches</translation>
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
        <source>工作日历…</source>
        <translation>Work calendar…</translation>
    </message>
    <message>
        <source>设置节假日和调休上班日，导入放假安排</source>
        <translation>Set public holidays and make-up working days, import the holiday schedule</translation>
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
        <source>审计日志…</source>
        <translation>Audit Log…</translation>
    </message>
    <message>
        <source>管理操作和登录记录，校验审计链是否完整</source>
        <translation>Administration and login records; verify that the audit chain is intact</translation>
    </message>
    <message>
        <source>管理(&amp;A)</source>
        <translation>&amp;Admin</translation>
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
    <name>AdvanceStageDialog</name>
    <message>
        <source>推进到%1阶段</source>
        <translation>Move on to %1</translation>
    </message>
    <message>
        <source>从%1阶段推进到%2阶段。</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>如：立项批复文号</source>
        <translation>e.g. the approval&apos;s document number</translation>
    </message>
    <message>
        <source>推进</source>
        <translation>Move on</translation>
    </message>
</context>
<context>
    <name>AnnualListBox</name>
    <message>
        <source>年度清单</source>
        <extracomment>A message for the status bar. A list was approved: the projects&apos; stages changed (the page reads them again). The version shown arrived (or None: the year has no list).</extracomment>
        <translation>Annual list</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>起草年度清单…</source>
        <translation>Draft the annual list…</translation>
    </message>
    <message>
        <source>用项目库中选中的项目（可多选）起草该年度清单的新版本</source>
        <translation>Draft a new version of this year&apos;s list from the projects selected above (several may be selected)</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>进度通报…</source>
        <translation>Progress bulletin…</translation>
    </message>
    <message>
        <source>生成该年度已批准清单的项目进度通报（PDF）</source>
        <translation>Print the progress bulletin of this year&apos;s approved list (PDF)</translation>
    </message>
    <message>
        <source>版本历史（点击查看该版本）</source>
        <translation>Versions (click one to show it)</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 年还没有重点民生工程清单。在项目库中选中项目，点“起草年度清单…”。</source>
        <translation>There is no list of key livelihood works for %1 yet. Select projects above, then click “Draft the annual list…”.</translation>
    </message>
    <message>
        <source>第 %1 版 · %2 · %3 个项目</source>
        <translation>Version %1 · %2 · %3 project(s)</translation>
    </message>
    <message>
        <source>说明：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>只有督办员或管理员可以批准年度清单</source>
        <translation>Only a supervisor or an administrator may approve the annual list</translation>
    </message>
    <message>
        <source>批准所显示的草稿：其项目列入清单，已批准的旧版本被取代（保留在版本历史中）</source>
        <translation>Approve the draft shown: its projects are listed; the version approved before is superseded (kept in the versions)</translation>
    </message>
    <message>
        <source>只能批准草稿；请先起草年度清单</source>
        <translation>Only a draft can be approved; draft the annual list first</translation>
    </message>
    <message>
        <source>该年度清单尚未批准，没有可通报的项目</source>
        <translation>This year&apos;s list is not approved yet: there is nothing to report</translation>
    </message>
    <message>
        <source>%1 年还没有可列入清单的项目。</source>
        <translation>There are no projects for %1 that could be put on the list yet.</translation>
    </message>
    <message>
        <source>已起草 %1 年清单第 %2 版（%3 个项目），等待批准</source>
        <translation>Drafted version %2 of the %1 list (%3 project(s)); waiting for approval</translation>
    </message>
    <message>
        <source>已批准 %1 年清单第 %2 版：%3 个项目列入清单</source>
        <translation>Approved version %2 of the %1 list: %3 project(s) listed</translation>
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
    <name>ApproveListDialog</name>
    <message>
        <source>批准年度清单</source>
        <translation>Approve the annual list</translation>
    </message>
    <message>
        <source>%1 年重点民生工程清单 第 %2 版（%3 个项目）</source>
        <translation>Key livelihood works %1, version %2 (%3 project(s))</translation>
    </message>
    <message>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>批准后，已批准的第 %1 版将被取代（保留在版本历史中）。</source>
        <translation>Once approved, the approved version %1 is superseded (it stays in the versions).</translation>
    </message>
    <message>
        <source>批准意见</source>
        <translation>Approval note</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>AssignObserverDialog</name>
    <message>
        <source>市民观察员</source>
        <translation>Citizen observer</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>项目 %1：%2</source>
        <translation>Project %1: %2</translation>
    </message>
    <message>
        <source>已指派：%1</source>
        <translation>Assigned: %1</translation>
    </message>
    <message>
        <source>市民观察员只能看到指派给他的项目（不含居民信息），可以记录巡查和发表评论。</source>
        <translation>A citizen observer sees only the projects assigned to them (without residents&apos; data), and may record inspections and comment.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> — 已指派</source>
        <translation> — assigned</translation>
    </message>
    <message>
        <source>观察员账户</source>
        <translation>Observer account</translation>
    </message>
    <message>
        <source>取消指派</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>还没有市民观察员账户：请管理员先创建。</source>
        <translation>There is no citizen observer account yet: ask an administrator to create one.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>照片与附件</source>
        <extracomment>An attachment was added or removed (the ticket id): the window reloads the ticket (its timeline). Something to say in the status bar. The list for the ticket shown has arrived (for tests and measurements). The dispatch selected in the detail pane (its steps are offered first).</extracomment>
        <translation>Photos and attachments</translation>
    </message>
    <message>
        <source>（保密工单：反映人提供的照片只有街道工作人员可见）</source>
        <translation>(Confidential ticket: the reporter&apos;s own photos are visible to the street office&apos;s staff only)</translation>
    </message>
    <message>
        <source>新添加的附件放在哪个环节</source>
        <translation>The step new attachments are added to</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>选择照片（JPEG、PNG、HEIC）或 PDF；也可以把文件拖到这里，或按 Ctrl+V 粘贴</source>
        <translation>Choose photos (JPEG, PNG, HEIC) or PDFs; you can also drop files here or paste with Ctrl+V</translation>
    </message>
    <message>
        <source>没有附件。可把照片拖到这里，或按 Ctrl+V 粘贴。</source>
        <translation>No attachments. Drop photos here or paste with Ctrl+V.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>照片与附件（%1）</source>
        <translation>Photos and attachments (%1)</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>照片和 PDF (%1)</source>
        <translation>Photos and PDF (%1)</translation>
    </message>
    <message>
        <source>正在添加 %1 个附件…</source>
        <translation>Adding %1 attachment(s)…</translation>
    </message>
    <message>
        <source>已添加附件：%1</source>
        <translation>Attachments added: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>粘贴的图片-%1.png</source>
        <translation>pasted-image-%1.png</translation>
    </message>
    <message>
        <source>拖入的图片.png</source>
        <translation>dropped-image.png</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1：%2</source>
        <extracomment>A page arrived (how many new entries). Loading failed (the message). A page is being loaded, or no longer.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>审计日志</source>
        <extracomment>A page of entries arrived (how many new). 校验完整性 finished (the :class:`AuditReport`).</extracomment>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>显示(&amp;S)：</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>管理操作</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>登录记录</source>
        <translation>Logins</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>重新加载（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <source>校验完整性(&amp;V)</source>
        <translation>&amp;Verify Integrity</translation>
    </message>
    <message>
        <source>逐条校验审计记录的哈希链，发现被修改、删除或插入的记录</source>
        <translation>Check the hash chain of the audit records one by one to find edited, deleted or inserted records</translation>
    </message>
    <message>
        <source>所选记录</source>
        <translation>Selected record</translation>
    </message>
    <message>
        <source>请在上方选择一条记录，查看修改前后的值。</source>
        <translation>Select a record above to see the values before and after.</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>完整性校验</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <source>尚未校验。“校验完整性”会逐条核对全部审计记录的哈希链。</source>
        <translation>Not checked yet. &quot;Verify Integrity&quot; checks the hash chain of all audit records one by one.</translation>
    </message>
    <message>
        <source>链尾(&amp;H)：</source>
        <translation>Chain &amp;head:</translation>
    </message>
    <message>
        <source>复制链尾(&amp;C)</source>
        <translation>&amp;Copy Head</translation>
    </message>
    <message>
        <source>请把链尾的序号和哈希抄存到别处（如周报或纸质台账）：能直接改写数据库的人可以重算整条链，只有与别处保存的链尾比对才能发现。</source>
        <translation>Keep the head&apos;s number and hash somewhere else (the weekly report, a paper ledger): someone who can write to the database directly can recompute the whole chain, and only a comparison with a head kept elsewhere reveals it.</translation>
    </message>
    <message>
        <source>加载更多(&amp;M)</source>
        <translation>Load &amp;More</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1&#x3000;%2（%3）&#x3000;%4</source>
        <translation>%1  %2 (%3)  %4</translation>
    </message>
    <message>
        <source>对象：%1</source>
        <translation>Object: %1</translation>
    </message>
    <message>
        <source>说明：%1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>审计链第 %1 条（事件 id %2）</source>
        <translation>Chain position %1 (event id %2)</translation>
    </message>
    <message>
        <source>此记录没有字段变化。</source>
        <translation>This record changed no fields.</translation>
    </message>
    <message>
        <source>正在校验审计链，记录多时需要一些时间…</source>
        <translation>Verifying the audit chain; with many records this takes a while…</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>加载失败：%1</source>
        <translation>Loading failed: %1</translation>
    </message>
    <message>
        <source>共 %1 条，已全部加载。</source>
        <translation>%1 records, all loaded.</translation>
    </message>
    <message>
        <source>已显示最近的 %1 条；滚动到底部或按“加载更多”查看更早的记录。</source>
        <translation>Showing the latest %1 records; scroll to the bottom or press &quot;Load More&quot; for older ones.</translation>
    </message>
    <message>
        <source>审计链已断开（共 %1 条事件）。第一处断点（%2）：%3</source>
        <translation>Audit chain broken (%1 events). First broken link (%2): %3</translation>
    </message>
    <message>
        <source>另（%1）：%2</source>
        <translation>Also (%1): %2</translation>
    </message>
    <message>
        <source>审计链完好：共 %1 条事件，逐条校验通过。</source>
        <translation>Audit chain intact: all %1 events verified.</translation>
    </message>
    <message>
        <source>第 %1 条，SHA-256 %2</source>
        <translation>No. %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>警告：事件表的只追加触发器已缺失，审计记录不再受数据库保护，请联系数据库管理员查明原因并恢复。</source>
        <translation>Warning: the append-only triggers of the event table are missing, so the database no longer protects the audit records. Ask the database administrator to find out why and restore them.</translation>
    </message>
    <message>
        <source>无法校验：%1</source>
        <translation>Cannot verify: %1</translation>
    </message>
    <message>
        <source>链尾已复制到剪贴板。</source>
        <translation>Chain head copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>BulletinPrinter</name>
    <message>
        <source>项目进度通报-%1年.pdf</source>
        <extracomment>The file written and its number of pages. True while a bulletin is being made.</extracomment>
        <translation>project-progress-%1.pdf</translation>
    </message>
    <message>
        <source>保存项目进度通报</source>
        <translation>Save the project progress bulletin</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在生成 %1 年项目进度通报…</source>
        <translation>Making the %1 project progress bulletin…</translation>
    </message>
    <message>
        <source>已生成项目进度通报：%1（%2 页）</source>
        <translation>Project progress bulletin written: %1 (%2 pages)</translation>
    </message>
    <message>
        <source>未能生成项目进度通报：%1</source>
        <translation>The project progress bulletin was not written: %1</translation>
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
    <name>CancelProjectDialog</name>
    <message>
        <source>取消项目</source>
        <translation>Cancel the project</translation>
    </message>
    <message>
        <source>取消后项目保留在项目库中，不能再修改或列入清单。</source>
        <translation>A cancelled project stays in the register; it can no longer be changed or listed.</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>如：已纳入区级改造计划</source>
        <translation>e.g. taken into the district&apos;s renovation plan</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>请填写取消原因。</source>
        <translation>Please give the reason for cancelling.</translation>
    </message>
</context>
<context>
    <name>CandidateFromQueue</name>
    <message>
        <source>生成储备项目…</source>
        <extracomment>A message for the status bar. A candidate was created (its ProjectInfo).</extracomment>
        <translation>Make a candidate project…</translation>
    </message>
    <message>
        <source>用队列中选中的工单（按住 Ctrl 或 Shift 可多选）生成一个储备项目</source>
        <translation>Make a candidate project from the tickets selected in the queue (hold Ctrl or Shift to select several)</translation>
    </message>
    <message>
        <source>请先在队列中选中工单（按住 Ctrl 或 Shift 可多选）</source>
        <translation>First select tickets in the queue (hold Ctrl or Shift to select several)</translation>
    </message>
    <message>
        <source>另有 %1 张选中的工单尚未载入或超出上限，未列入；可在“来源工单”中补充编号。</source>
        <translation>%1 more selected ticket(s) are not loaded yet or over the limit and were left out; you can add their numbers under “Source tickets”.</translation>
    </message>
    <message>
        <source>已由 %1 张工单生成储备项目 %2，可在“项目库”中查看</source>
        <translation>Candidate project %2 made from %1 ticket(s); see it in “Projects”</translation>
    </message>
</context>
<context>
    <name>CategoriesWindow</name>
    <message>
        <source>分类管理</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>新建工单时可选的分类，以及吹哨时默认召集的主办部门。停用的分类不能再用于新建工单，已有的工单照常办理。</source>
        <translation>The categories a new ticket can have, and the lead department a whistle summons by default. A disabled category can no longer be used for a new ticket; existing tickets are handled as usual.</translation>
    </message>
    <message>
        <source>默认主办部门</source>
        <translation>Default lead department</translation>
    </message>
    <message>
        <source>时限标准</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>设置默认主办部门(&amp;L)…</source>
        <extracomment>Every department (the lead combos offer the active ones).</extracomment>
        <translation>Set default &amp;lead department…</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1（已停用）</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>%1 项单独设置</source>
        <translation>%1 set individually</translation>
    </message>
    <message>
        <source>已停用：不能再用于新建工单，已有的工单照常办理。</source>
        <translation>Disabled: no new tickets of this category; existing tickets are handled as usual.</translation>
    </message>
    <message>
        <source>启用分类“%1”？

启用后，新建工单时可以再选择该分类。</source>
        <translation>Enable the category “%1”?

Once enabled, it can be chosen again for a new ticket.</translation>
    </message>
    <message>
        <source>停用分类“%1”？

停用后，新建工单时不能再选择该分类；已有的工单保留该分类，照常办理。以后可以随时重新启用。</source>
        <translation>Disable the category “%1”?

Once disabled, it can no longer be chosen for a new ticket; existing tickets keep this category and are handled as usual. You can enable it again at any time.</translation>
    </message>
    <message>
        <source>已取消“%1”的默认主办部门</source>
        <translation>“%1” no longer has a default lead department</translation>
    </message>
    <message>
        <source>已将“%1”的默认主办部门设为%2</source>
        <translation>The default lead department of “%1” is now %2</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>登记设计变更</source>
        <translation>Record a design change</translation>
    </message>
    <message>
        <source>设计变更经督办员批准后才计入合同总额。</source>
        <translation>A design change counts in the contract total once a supervisor approves it.</translation>
    </message>
    <message>
        <source>变更金额（万元）</source>
        <translation>Amount of the change (10,000 yuan)</translation>
    </message>
    <message>
        <source>增加为正数，核减为负数，如 8 或 -2.5</source>
        <translation>Positive for an increase, negative for a reduction, e.g. 8 or -2.5</translation>
    </message>
    <message>
        <source>变更理由</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>如：增加 2 号楼立管更换</source>
        <translation>E.g. also replace building 2&apos;s risers</translation>
    </message>
    <message>
        <source>提交审批</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>请填写变更理由。</source>
        <translation>Enter the reason for the change.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1：您的密码是管理员设置的临时密码。为了账户安全，请先设置只有您自己知道的新密码，然后才能使用工作台。
取消将退出登录。</source>
        <translation>%1: your password is a temporary one set by an administrator. To keep your account safe, first choose a new password only you know; then you can use the desk.
Cancel logs you out.</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log Out</translation>
    </message>
    <message>
        <source>修改 %1 的登录密码。该账户在其他电脑上的登录将失效。</source>
        <translation>Change the login password of %1. Logins of this account on other computers will end.</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>至少 8 个字符，不能与当前密码相同</source>
        <translation>At least 8 characters, not the same as the current password</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>请输入当前密码。</source>
        <translation>Please enter your current password.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>更改角色</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>%1（%2）现在是%3。更改后该账户需要重新登录。</source>
        <translation>%1 (%2) is now %3. After the change the account must log in again.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>评论项目</source>
        <translation>Comment on the project</translation>
    </message>
    <message>
        <source>项目 %1：%2</source>
        <translation>Project %1: %2</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>发表评论</source>
        <translation>Post comment</translation>
    </message>
    <message>
        <source>请填写评论。</source>
        <translation>Write a comment.</translation>
    </message>
</context>
<context>
    <name>CommunitiesWindow</name>
    <message>
        <source>社区管理</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>新建和编辑工单时可选的社区。停用的社区不再出现在选择列表中，已有的工单保留原社区；重命名后，使用该社区的工单随之更名。</source>
        <translation>The communities a new or edited ticket can name. A disabled community no longer appears in the pick-list; existing tickets keep theirs. After a rename, the tickets naming that community carry the new name.</translation>
    </message>
    <message>
        <source>已停用：新建工单时不能再选择，已有工单保留。</source>
        <translation>Disabled: can no longer be chosen for a new ticket; existing tickets keep it.</translation>
    </message>
    <message>
        <source>新增社区</source>
        <translation>Add community</translation>
    </message>
    <message>
        <source>社区名称</source>
        <translation>Community name</translation>
    </message>
    <message>
        <source>启用社区“%1”？

启用后，新建工单时可以再选择该社区。</source>
        <translation>Enable the community “%1”?

Once enabled, it can be chosen again for a new ticket.</translation>
    </message>
    <message>
        <source>停用社区“%1”？

停用后，新建工单时不能再选择该社区；已有的工单保留原社区。以后可以随时重新启用。</source>
        <translation>Disable the community “%1”?

Once disabled, it can no longer be chosen for a new ticket; existing tickets keep their community. You can enable it again at any time.</translation>
    </message>
</context>
<context>
    <name>CompleteMilestoneDialog</name>
    <message>
        <source>完成项目节点</source>
        <translation>Complete a project milestone</translation>
    </message>
    <message>
        <source>节点：%1（%2）</source>
        <translation>Milestone: %1 (%2)</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>如：施工图已通过审查</source>
        <translation>e.g. the construction drawings passed review</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>请填写完成情况。</source>
        <translation>Please say what was done.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>与数据库的连接已断开，正在重试…</source>
        <extracomment>How often a desk without a listener (SQLite) asks what changed. Live changes arriving within this many ms are applied together. Ids of tickets another desk (or this one) committed changes to. The listening connection was established (True) or lost (False), with a message for the user. Notifications may have been missed (after a reconnect): refresh everything. Connections made so far (1 after the first; a larger number means it reconnected). The connection was lost (the message says why). The database answers again (and the listener, if any, listens again): refresh everything. What is down: &quot;listener&quot; (the LISTEN connection) and/or &quot;ops&quot; (a database call failed).</extracomment>
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
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>仅本机（内置数据库，适合一台电脑或试用）</source>
        <extracomment>Returns True while the owner is busy (no 测试连接 then).</extracomment>
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
        <source>已保存在系统密钥环中；留空则不变</source>
        <translation>Saved in the system keyring; leave empty to keep it</translation>
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
    <name>CreateProjectDialog</name>
    <message>
        <source>新建储备项目</source>
        <translation>New candidate project</translation>
    </message>
    <message>
        <source>由 %1 张工单生成储备项目</source>
        <translation>A candidate project from %1 ticket(s)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>工单只关联，不复制：其反映人和诉求就是项目的依据。</source>
        <translation>The tickets are linked, not copied: their residents and complaints are the project&apos;s evidence.</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>来源工单</source>
        <translation>Source tickets</translation>
    </message>
    <message>
        <source>工单编号，每行一个或用逗号分隔；金点子、代表建议、部门计划可不填</source>
        <translation>Ticket numbers, one per line or separated by commas; optional for a resident&apos;s idea, a representative&apos;s proposal or a department&apos;s plan</translation>
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
</context>
<context>
    <name>DecideChangeDialog</name>
    <message>
        <source>审批设计变更</source>
        <translation>Decide a design change</translation>
    </message>
    <message>
        <source>变更金额 %1（%2 提出）：%3</source>
        <translation>Change of %1 (requested by %2): %3</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>不批准</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>不批准时须写明理由</source>
        <translation>Give the reason when rejecting</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
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
        <source>注意：新办结期限晚于 12345 承诺完成时间 %1。</source>
        <translation>Note: the new resolution deadline is after the 12345 promised completion time %1.</translation>
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
    <name>DepartmentsWindow</name>
    <message>
        <source>部门管理</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>吹哨时可以召集的部门。停用的部门不能再被召集，已派给它的派单照常办理；重命名后，它的派单和联络员随之更名，时间线保留原名称。</source>
        <translation>The departments a whistle can summon. A disabled department can no longer be summoned; dispatches already sent to it go on as usual. After a rename its dispatches and responders carry the new name; the timeline keeps the old one.</translation>
    </message>
    <message>
        <source>默认主办的分类</source>
        <translation>Default lead for categories</translation>
    </message>
    <message>
        <source>联络员</source>
        <translation>Responders</translation>
    </message>
    <message>
        <source>%1（已停用）</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <source>联络员：%1</source>
        <translation>Responders: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>已停用：不能再被吹哨召集，已派出的派单照常办理。</source>
        <translation>Disabled: can no longer be summoned; dispatches already sent go on as usual.</translation>
    </message>
    <message>
        <source>新增部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>启用部门“%1”？

启用后，吹哨时可以再召集该部门。</source>
        <translation>Enable the department “%1”?

Once enabled, it can be summoned by a whistle again.</translation>
    </message>
    <message>
        <source>停用部门“%1”？

停用后，吹哨时不能再召集该部门；已派给它的派单照常办理，联络员账号不受影响。以后可以随时重新启用。</source>
        <translation>Disable the department “%1”?

Once disabled, it can no longer be summoned by a whistle; dispatches already sent to it go on as usual and its responder accounts are not affected. You can enable it again at any time.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>请在左侧列表中选择一张工单</source>
        <extracomment>The dispatch selected in the list changed (its id, or 0 for none). A ticket (its TicketDetail) or nothing (None) is now shown: sections of other domains follow it.</extracomment>
        <translation>Select a ticket in the list on the left</translation>
    </message>
    <message>
        <source>分类</source>
        <extracomment>打印派单单 (the window gives it its action, Ctrl+P).</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>诉求类型</source>
        <translation>Request type</translation>
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
        <source>12345工单号</source>
        <translation>12345 no.</translation>
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
        <source>回复方式</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>街道时限</source>
        <translation>Office deadline</translation>
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
        <source>—</source>
        <translation>—</translation>
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
        <source>%1 限 %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>12345 承诺 %1</source>
        <translation>12345 promise %1</translation>
    </message>
    <message>
        <source>%1（%2 的办结时限晚于承诺）</source>
        <translation>%1 (%2: resolution due after this promise)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1；%2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>（保密）</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <source>%1（保密）</source>
        <translation>%1 (confidential)</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Disclose</name>
    <message>
        <source>发布阳光工程网站…</source>
        <extracomment>The folder written and its number of pages.</extracomment>
        <translation>Publish the Sunshine Projects site…</translation>
    </message>
    <message>
        <source>生成可公开的静态网站：年度重点民生工程清单、项目详情和近十二个月的三率，不含居民个人信息</source>
        <translation>Write a static public website: the year&apos;s key livelihood works, each project&apos;s page and the last twelve months&apos; three rates, without residents&apos; personal data</translation>
    </message>
    <message>
        <source>选择保存阳光工程网站的文件夹</source>
        <translation>Choose the folder for the Sunshine Projects site</translation>
    </message>
    <message>
        <source>阳光工程网站</source>
        <translation>Sunshine Projects site</translation>
    </message>
    <message>
        <source>正在生成阳光工程网站…</source>
        <translation>Writing the Sunshine Projects site…</translation>
    </message>
    <message>
        <source>已生成阳光工程网站：%1（%2 个网页），用浏览器打开其中的 index.html 查看。</source>
        <translation>Sunshine Projects site written: %1 (%2 pages). Open its index.html in a browser.</translation>
    </message>
    <message>
        <source>未能生成阳光工程网站。</source>
        <translation>The Sunshine Projects site was not written.</translation>
    </message>
</context>
<context>
    <name>DispatchListModel</name>
    <message>
        <source>部门</source>
        <extracomment>Pages of rows kept in memory; older ones are dropped and fetched again if the view comes back. How long a row count serves a new list of the same rows (another sort of the same queue, search and filters). A count reads every matching index entry (over 100 ms at 1,000,000 tickets, seconds for a 2-character search on SQLite) while a sort changes only the order, so a new sort reuses it; a refresh (the user&apos;s own writes) and a live notice count again, and so does the passing of time (a queue such as 回头看到期 or the 超时 filter changes with the clock alone). A reload is complete: its row count is in place (a new list&apos;s first page came before it). Row data of one page arrived (page number). Loading failed; the argument is a message for the user. Fresh rows of some changed tickets arrived (their ids) without a reset. Where a ticket asked for with :meth:`locate` is: (ticket id, row); row -1 when the list does not hold it. Where the search text looks: this queue, or every ticket the user may see (全部). What the rows shown are a list of: (queue, search, sort, descending, filters). Pages asked for and not answered yet, with the generation (reload) that asked. The generation whose first page starts a new list (the model resets when it arrives), if any. Recent counts: (queue, search, filters) -&gt; (time.monotonic() when asked, count); see COUNT_TTL_S. Counts asked of the database (tests, benchmark). Counters for tests and the benchmark. Badges: the clock they are evaluated against, and (set by the view&apos;s owner) the rows on screen. Whether clicking a header sorts (in memory: these lists are short).</extracomment>
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
    <name>DraftListDialog</name>
    <message>
        <source>起草年度清单</source>
        <translation>Draft the annual list</translation>
    </message>
    <message>
        <source>%1 年重点民生工程清单：勾选列入清单的项目，并按顺序排列。起草后由督办员批准。</source>
        <translation>Key livelihood works %1: check the projects to list and put them in order. A supervisor approves the draft.</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>可不填，如：增补井盖加固</source>
        <translation>Optional, e.g. adds the manhole cover repair</translation>
    </message>
    <message>
        <source>起草</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>%1  %2（%3 · 优先级 %4）</source>
        <translation>%1  %2 (%3 · priority %4)</translation>
    </message>
    <message>
        <source>已选 %1 个项目</source>
        <translation>%1 project(s) checked</translation>
    </message>
    <message>
        <source>请至少勾选一个项目。</source>
        <translation>Please check at least one project.</translation>
    </message>
</context>
<context>
    <name>EditProjectDialog</name>
    <message>
        <source>编辑项目</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>修改说明</source>
        <translation>Note on the change</translation>
    </message>
    <message>
        <source>可不填；记入项目历史</source>
        <translation>Optional; kept in the project&apos;s history</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>没有修改任何内容。</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>已载入 %1 的修改；您改动过的内容仍保留。</source>
        <translation>%1&apos;s changes are loaded; your own edits are kept.</translation>
    </message>
    <message>
        <source>以下内容对方也改过，请核对：%1。</source>
        <translation>They also changed these, please check: %1.</translation>
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
        <source>%1（%2）%3超时，已%4；期限 %5，已超时 %6</source>
        <translation>%1 (%2) is overdue on the %3 step, escalation: %4. Due %5, overdue by %6</translation>
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
        <source>超时</source>
        <translation>Late</translation>
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
        <extracomment>The selected row&apos;s ticket number and dispatch id, or (&quot;&quot;, 0) when nothing is selected (the window shows it in the detail pane). An action went through: everything should refresh. The argument is a status message. Rows arrived. A message for the status bar (load errors). The highlighted item was just handled here: the next list highlights the row in its place (the next one to handle), even if the handled item is still listed further down.</extracomment>
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
        <source>注意：新办结期限晚于 12345 承诺完成时间 %1。</source>
        <translation>Note: the new resolution deadline is later than the 12345 promised completion time %1.</translation>
    </message>
    <message>
        <source>请填写延期理由。</source>
        <translation>Please give a reason for the extension.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>搜索编号、12345工单号、标题、地址、社区、反映人或电话（Ctrl+F）</source>
        <extracomment>The longest search text (the core refuses longer ones). The search text (after a pause in typing, or Enter) and whether it searches every ticket. The filters changed (and are valid).</extracomment>
        <translation>Search number, 12345 no., title, address, community, reporter or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>在本队列中搜索</source>
        <translation>Search this queue</translation>
    </message>
    <message>
        <source>在全部工单中搜索</source>
        <translation>Search all tickets</translation>
    </message>
    <message>
        <source>搜索只在当前队列中找，还是在您能看到的全部工单中找</source>
        <translation>Search only the current queue, or all the tickets you can see</translation>
    </message>
    <message>
        <source>按部门、分类、紧急程度、来源、诉求类型、社区、受理日期或超期情况筛选</source>
        <translation>Filter by department, category, urgency, source, request type, community, date received or overdue status</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部紧急程度</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>全部诉求类型</source>
        <translation>All request types</translation>
    </message>
    <message>
        <source>全部社区（可输入筛选）</source>
        <translation>All communities (type to filter)</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>只看预警</source>
        <translation>Warning only</translation>
    </message>
    <message>
        <source>时限已过预警比例（黄色）但尚未到期的</source>
        <translation>Past the warning share of the time limit (amber) but not yet due</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>未知社区：%1（请从列表中选择）</source>
        <translation>Unknown community: %1 (choose one from the list)</translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择。</source>
        <translation>The end date is before the start date. Please choose again.</translation>
    </message>
    <message>
        <source>筛选（%1）</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>%1 张</source>
        <translation>%1 ticket(s)</translation>
    </message>
    <message>
        <source>%1（已筛选）</source>
        <translation>%1 (filtered)</translation>
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
    <name>HotspotModel</name>
    <message>
        <source>社区</source>
        <extracomment>The most hotspots the page asks for at once (the core&apos;s limit). The period presets, in the chooser&apos;s order. The core&apos;s sort key of each figure column (the default order of a fresh report is &quot;count&quot;).</extracomment>
        <translation>Community</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>小区点位</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>问题数</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>涉及居民</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>重复件</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>不满意占比</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>未办结占比</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>环比</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>统计期内受理的问题：重复件并入主工单，只计一次</source>
        <translation>Problems received in the period: a merged repeat counts once, with its main ticket</translation>
    </message>
    <message>
        <source>反映问题的居民：主工单与重复件之和</source>
        <translation>Residents who raised the problems: main tickets and their repeats</translation>
    </message>
    <message>
        <source>已并入的重复件，加上仍待确认的疑似重复件</source>
        <translation>Repeats merged, plus likely repeats still awaiting a decision</translation>
    </message>
    <message>
        <source>这些工单的有效回访中“不满意”的比例（每位居民的回访各计一次）</source>
        <translation>Share of “dissatisfied” among the callbacks that reached the residents of these tickets (each resident&apos;s callback counts)</translation>
    </message>
    <message>
        <source>期末仍未结案（也未作废）的问题占问题数的比例</source>
        <translation>Share of the problems not closed (nor cancelled) by the end of the period</translation>
    </message>
    <message>
        <source>与上一等长时段相比问题数的增减；时段未结束时按相同的已过时长比较</source>
        <translation>Change in problems against the previous period of equal length; while the period runs, over the same elapsed time</translation>
    </message>
    <message>
        <source>（未填地址）</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>%1（%2/%3）</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1（新出现）</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>上一时段 %1 件，本时段 %2 件</source>
        <translation>Previous period %1, this period %2</translation>
    </message>
    <message>
        <source>95% 置信区间 %1–%2</source>
        <translation>95% confidence interval %1–%2</translation>
    </message>
</context>
<context>
    <name>HotspotsPage</name>
    <message>
        <source>问题清单</source>
        <extracomment>A message for the status bar. A report arrived and is shown. The selected hotspot&apos;s tickets are listed. Show this ticket (a double click in the hotspot&apos;s ticket list). 生成储备项目…: the hotspot&apos;s ticket numbers (at most 500, newest first), its 社区 and its category. 在地图上查看: the selected hotspot&apos;s 社区, its category, and the period (``(key, start, end)``). (社区, category) to select once the report arrives (the map&apos;s 查看热点).</extracomment>
        <translation>Problem hotspots</translation>
    </message>
    <message>
        <source>按社区和分类（或小区点位）汇总统计期内受理的工单：问题数、涉及居民、重复件、不满意和未办结占比，以及与上一等长时段的比较。点击列标题排序；选中一行可查看工单或生成储备项目。</source>
        <translation>Tickets received in the period, grouped by community and category (or place): problems, residents concerned, repeats, dissatisfied and unresolved shares, and the comparison with the previous period of equal length. Click a column header to sort; select a row to see its tickets or to make a candidate project.</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>近三个月</source>
        <translation>Last three months</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>社区 × 分类</source>
        <translation>Community × category</translation>
    </message>
    <message>
        <source>社区 × 分类 × 小区点位</source>
        <translation>Community × category × place</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>按所选统计期和分组重新统计</source>
        <translation>Count again for the chosen period and grouping</translation>
    </message>
    <message>
        <source>查看工单</source>
        <translation>View tickets</translation>
    </message>
    <message>
        <source>列出所选热点的工单（最新的在前，最多 500 件）</source>
        <translation>List the selected hotspot&apos;s tickets (newest first, at most 500)</translation>
    </message>
    <message>
        <source>生成储备项目…</source>
        <translation>Make candidate project…</translation>
    </message>
    <message>
        <source>以所选热点的工单为依据，新建一个储备项目</source>
        <translation>Create a candidate project with the selected hotspot&apos;s tickets as its evidence</translation>
    </message>
    <message>
        <source>在地图上查看</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>切换到地图：按本热点的统计期和分类筛选，显示其社区和工单</source>
        <translation>Switch to the map, filtered by this hotspot&apos;s period and category, showing its community and tickets</translation>
    </message>
    <message>
        <source>双击工单在右侧查看详情</source>
        <translation>Double-click a ticket to see it on the right</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>显示前 %1 个热点（共 %2 个）</source>
        <translation>Showing the first %1 hotspots (of %2)</translation>
    </message>
    <message>
        <source>共 %1 个热点</source>
        <translation>%1 hotspots</translation>
    </message>
    <message>
        <source>%1，问题 %2 件，涉及居民 %3 人；用时 %4 秒</source>
        <translation>%1, %2 problems, %3 residents concerned; took %4 s</translation>
    </message>
    <message>
        <source>环比：与 %1 至 %2 相比</source>
        <translation>Trend: compared with %1 to %2</translation>
    </message>
    <message>
        <source>（统计期未结束，按相同的已过时长比较）</source>
        <translation> (the period is still running: compared over the same elapsed time)</translation>
    </message>
    <message>
        <source>（未填地址）</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>%1  %2  · %3 · 受理于 %4</source>
        <translation>%1  %2  · %3 · received %4</translation>
    </message>
    <message>
        <source>（重复件，并入 %1）</source>
        <translation> (repeat, merged into %1)</translation>
    </message>
    <message>
        <source>%1 的工单：共 %2 件</source>
        <translation>Tickets of %1: %2 in all</translation>
    </message>
    <message>
        <source>（列出最新的 %1 件）</source>
        <translation> (the newest %1 listed)</translation>
    </message>
    <message>
        <source>已选取 %1 的 %2 件工单，用于生成储备项目</source>
        <translation>Took the %2 tickets of %1 for a candidate project</translation>
    </message>
    <message>
        <source>%1 在本统计期内没有热点。</source>
        <translation>%1 has no hotspot in this period.</translation>
    </message>
    <message>
        <source>%1：本统计期内热点 %2 个</source>
        <translation>%1: %2 hotspots in this period</translation>
    </message>
</context>
<context>
    <name>ImportAdminWindow</name>
    <message>
        <source>12345 导入设置</source>
        <extracomment>What separates the administrator&apos;s extra column names: 、 , ， ; ； and line breaks (the full-width ones by code point: they are characters to split on, not text to translate).</extracomment>
        <translation>12345 import settings</translation>
    </message>
    <message>
        <source>分类对照</source>
        <translation>Category mapping</translation>
    </message>
    <message>
        <source>列名别名</source>
        <translation>Column aliases</translation>
    </message>
    <message>
        <source>已存映射</source>
        <translation>Saved mappings</translation>
    </message>
    <message>
        <source>导入记录</source>
        <translation>Import batches</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>12345 平台的分类路径（任一级，如“城市管理-&gt;市政设施-&gt;道路破损”或只写“城市管理”）对应的本地分类。导入时按最长的已对照前缀选分类；都对不上的工单进入“待分类”，由受理员在编辑工单时选定分类。</source>
        <translation>The local category for a 12345 platform category path, at any level (the full path as the platform exports it, or only its first level). The import uses the longest mapped prefix; tickets that match nothing go to “Unclassified”, and a clerk picks their category when editing the ticket.</translation>
    </message>
    <message>
        <source>来源系统</source>
        <translation>Source system</translation>
    </message>
    <message>
        <source>平台分类路径</source>
        <translation>Platform category path</translation>
    </message>
    <message>
        <source>本地分类</source>
        <translation>Local category</translation>
    </message>
    <message>
        <source>如 城市管理-&gt;市政设施-&gt;道路破损</source>
        <translation>e.g. level 1-&gt;level 2-&gt;level 3, as the platform exports it</translation>
    </message>
    <message>
        <source>保存对照(&amp;S)</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <source>删除对照</source>
        <translation>Delete mapping</translation>
    </message>
    <message>
        <source>新对照</source>
        <translation>New mapping</translation>
    </message>
    <message>
        <source>重新分类待分类工单</source>
        <translation>Re-classify unclassified tickets</translation>
    </message>
    <message>
        <source>仍在“待分类”中、平台分类现在有对照的导入工单，改为对照的本地分类（每张记一条修改记录）</source>
        <translation>Imported tickets still in “Unclassified” whose platform category is now mapped get the mapped local category (one change record each)</translation>
    </message>
    <message>
        <source>导入时按列名识别各字段。内置列名不能修改；可以为字段补充其他城市导出文件使用的列名，用“、”或逗号分隔，然后点“保存别名”。</source>
        <translation>The import recognises each field by its column name. Built-in names cannot be changed; you can add the names other cities&apos; exports use, separated by commas, then click “Save aliases”.</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>内置列名</source>
        <translation>Built-in names</translation>
    </message>
    <message>
        <source>自定义列名</source>
        <translation>Your names</translation>
    </message>
    <message>
        <source>保存别名</source>
        <translation>Save aliases</translation>
    </message>
    <message>
        <source>在导入对话框中核对列映射后可以“保存此映射”，以后导入同一来源的文件时选用。</source>
        <translation>After checking the column mapping in the import dialog you can “Save this mapping…” and pick it for later files from the same source.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>列映射</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>删除映射</source>
        <translation>Delete mapping</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>共计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>疑似重复</source>
        <translation>Possible repeats</translation>
    </message>
    <message>
        <source>不能导入</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>待分类</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>请填写平台分类路径。</source>
        <translation>Please enter the platform category path.</translation>
    </message>
    <message>
        <source>请选择本地分类。</source>
        <translation>Please choose a local category.</translation>
    </message>
    <message>
        <source>已保存对照：%1 → %2。仍在“待分类”中、平台分类与之相符的工单不会自动改变：点“重新分类待分类工单”可以一次改好。</source>
        <translation>Mapping saved: %1 → %2. Tickets still in “Unclassified” whose platform category matches do not change by themselves: click “Re-classify unclassified tickets” to fix them all at once.</translation>
    </message>
    <message>
        <source>已删除对照：%1</source>
        <translation>Mapping deleted: %1</translation>
    </message>
    <message>
        <source>已重新分类 %1 张待分类工单。</source>
        <translation>%1 unclassified tickets re-classified.</translation>
    </message>
    <message>
        <source>没有可以重新分类的工单：仍在“待分类”中的工单，其平台分类都还没有对照。</source>
        <translation>No ticket to re-classify: the platform categories of the tickets still in “Unclassified” are not mapped yet.</translation>
    </message>
    <message>
        <source>已保存 %1 个字段的列名别名。</source>
        <translation>Column aliases of %1 fields saved.</translation>
    </message>
    <message>
        <source>已删除列映射：%1</source>
        <translation>Column mapping deleted: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入 12345 工单</source>
        <extracomment>The import was committed: (batch id, new tickets).</extracomment>
        <translation>Import 12345 work orders</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>跳过不能导入的行，导入其余各行</source>
        <translation>Skip the rows that cannot be imported and import the others</translation>
    </message>
    <message>
        <source>按此映射重新预览</source>
        <translation>Preview again with this mapping</translation>
    </message>
    <message>
        <source>保存不能导入的行…</source>
        <translation>Save rows that cannot be imported…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>表头：</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>列映射（可修改，修改后请重新预览）</source>
        <translation>Column mapping (editable; preview again after a change)</translation>
    </message>
    <message>
        <source>不能导入的行</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <source>（按列名自动识别）</source>
        <extracomment>The saved mapping the preview and the import use (None: the columns found by their names).</extracomment>
        <translation>(recognised by column names)</translation>
    </message>
    <message>
        <source>选用以前保存的列映射重新预览</source>
        <translation>Preview again with a column mapping saved before</translation>
    </message>
    <message>
        <source>已存映射：</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <source>映射名称，如“北京 12345 导出”</source>
        <translation>Mapping name, e.g. “Beijing 12345 export”</translation>
    </message>
    <message>
        <source>保存此映射…</source>
        <translation>Save this mapping…</translation>
    </message>
    <message>
        <source>把上面核对过的列映射以此名称保存，以后导入同一来源的文件时选用</source>
        <translation>Save the column mapping checked above under this name, to pick it for later files from the same source</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>正在保存列映射…</source>
        <translation>Saving the column mapping…</translation>
    </message>
    <message>
        <source>已保存列映射“%1”。以后导入时可在“已存映射”中选用。</source>
        <translation>Column mapping “%1” saved. Pick it under “Saved mapping” in later imports.</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>正在预览…</source>
        <translation>Previewing…</translation>
    </message>
    <message>
        <source>第 %1 行（%2 列）</source>
        <translation>Row %1 (%2 columns)</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>预览未写入任何数据。确认列映射和数字无误后，点“导入”。</source>
        <translation>The preview wrote nothing. Check the column mapping and the counts, then click “Import”.</translation>
    </message>
    <message>
        <source>共 %1 行：新增 %2，更新 %3，无变化 %4，疑似重复 %5，不能导入 %6，待分类 %7</source>
        <translation>%1 rows: %2 new, %3 updated, %4 unchanged, %5 possible repeats, %6 cannot be imported, %7 unclassified</translation>
    </message>
    <message>
        <source>正在导入…（可以取消：取消后不会留下任何数据）</source>
        <translation>Importing… (you can cancel: nothing will be left behind)</translation>
    </message>
    <message>
        <source>已导入（批次 %1）。新工单在“待派”中，来源为 12345。</source>
        <translation>Imported (batch %1). The new tickets are in “To dispatch”, source 12345.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>意外的错误，详情已写入日志。</source>
        <translation>Unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1_未导入.xlsx</source>
        <translation>%1_not_imported.xlsx</translation>
    </message>
    <message>
        <source>保存不能导入的行</source>
        <translation>Save the rows that cannot be imported</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>质量安全巡查</source>
        <translation>Quality and safety inspection</translation>
    </message>
    <message>
        <source>发现的问题将作为整改节点：主办部门被召集，逾期未整改逐级督办。</source>
        <translation>A finding becomes a fix milestone: its lead department is summoned, and a fix not made in time escalates step by step.</translation>
    </message>
    <message>
        <source>监理</source>
        <translation>Site supervisor</translation>
    </message>
    <message>
        <source>街道工作人员</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <source>市民观察员</source>
        <translation>Citizen observer</translation>
    </message>
    <message>
        <source>巡查人类别</source>
        <translation>Inspected by</translation>
    </message>
    <message>
        <source>巡查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>巡查情况</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>无问题则不填</source>
        <translation>Leave empty if nothing was found</translation>
    </message>
    <message>
        <source>整改主办部门</source>
        <translation>Department to fix it</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline to fix</translation>
    </message>
    <message>
        <source>现场照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>记录巡查</source>
        <translation>Record inspection</translation>
    </message>
    <message>
        <source>请填写巡查人。</source>
        <translation>Please enter the inspector.</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>设置默认主办部门</source>
        <translation>Set default lead department</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>分类：%1
当前默认主办部门：%2</source>
        <translation>Category: %1
Current default lead department: %2</translation>
    </message>
    <message>
        <source>默认主办部门</source>
        <translation>Default lead department</translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <source>项目进展</source>
        <extracomment>Something changed (a message for the status bar); the page reloads the project. The lifecycle arrived (a LifecycleInfo, or None).</extracomment>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>推进阶段…</source>
        <translation>Move on…</translation>
    </message>
    <message>
        <source>安排节点…</source>
        <translation>Plan milestone…</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Report in</translation>
    </message>
    <message>
        <source>完成节点…</source>
        <translation>Complete milestone…</translation>
    </message>
    <message>
        <source>记录进度…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <source>质量安全巡查…</source>
        <translation>Inspection…</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <source>时间轴</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>当前阶段：%1 · 完成 %2%</source>
        <translation>Stage: %1 · %2% complete</translation>
    </message>
    <message>
        <source>本阶段还有 %1 个节点未完成，完成后才能推进。</source>
        <translation>%1 milestone(s) of this stage are not done yet; the project moves on when they are.</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>施工日志</source>
        <translation>Construction log</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>，照片 %1 张</source>
        <translation>, %1 photo(s)</translation>
    </message>
    <message>
        <source>%1 %2：%3%4</source>
        <translation>%1 %2: %3%4</translation>
    </message>
    <message>
        <source>尚无进度、日志或巡查记录。</source>
        <translation>No progress, log or inspection yet.</translation>
    </message>
    <message>
        <source>推进到%1…</source>
        <translation>Move on to %1…</translation>
    </message>
    <message>
        <source>本阶段的节点全部完成后才能推进</source>
        <translation>The project moves on when every milestone of this stage is done</translation>
    </message>
    <message>
        <source>项目 %1 已推进到下一阶段</source>
        <translation>Project %1 moved on to its next stage</translation>
    </message>
    <message>
        <source>已为项目 %1 安排节点</source>
        <translation>Milestone planned for project %1</translation>
    </message>
    <message>
        <source>项目 %1 的节点已完成</source>
        <translation>A milestone of project %1 is done</translation>
    </message>
    <message>
        <source>已记录项目 %1 的进度</source>
        <translation>Progress of project %1 recorded</translation>
    </message>
    <message>
        <source>已记录项目 %1 的质量安全巡查</source>
        <translation>Inspection of project %1 recorded</translation>
    </message>
    <message>
        <source>已为节点报到</source>
        <translation>Reported in on the milestone</translation>
    </message>
</context>
<context>
    <name>LinkTicketsDialog</name>
    <message>
        <source>关联工单</source>
        <translation>Link tickets</translation>
    </message>
    <message>
        <source>已关联 %1 张工单。</source>
        <translation>%1 ticket(s) linked.</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>Ticket numbers</translation>
    </message>
    <message>
        <source>每行一个，或用逗号分隔</source>
        <translation>One per line, or separated by commas</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>请填写要关联的工单编号。</source>
        <translation>Please enter the numbers of the tickets to link.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>工作台已锁定</source>
        <extracomment>The right password was given. The user chose 退出登录. The session cannot go on (locked out, disabled, changed elsewhere): log out with this message.</extracomment>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>为保护工单和居民信息，工作台已锁定。请输入 %1 的密码继续工作。</source>
        <translation>The desk is locked to protect tickets and residents&apos; details. Enter the password of %1 to continue.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>退出登录(&amp;L)</source>
        <translation>&amp;Log Out</translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter the password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 吹哨报到工作台</source>
        <extracomment>Lines of text the error line always has room for (a lockout message is three lines in English).</extracomment>
        <translation>Log in — Whistle Desk</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <extracomment>The &quot;is the PC&apos;s clock right?&quot; question while it is shown.</extracomment>
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
        <source>请核对电脑时间</source>
        <translation>Check the computer&apos;s clock</translation>
    </message>
    <message>
        <source>时间正确，继续登录</source>
        <translation>The time is right, log in</translation>
    </message>
    <message>
        <source>先去校正时间</source>
        <translation>Correct the clock first</translation>
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
        <source>督办与审批</source>
        <extracomment>The weekly report page&apos;s nav key (clerks, supervisors and admins). 民生工程 → 问题清单 and 项目库 (issue 16; clerks, supervisors and admins). 一张图 → 地图 (issue 17; clerks, supervisors and admins). How often a desk looks whether the office settings or the calendar changed (on another desk, say). The user chose 退出登录: the application shows the login dialog again. Another language was chosen in 查看 → 语言 (already installed): the application rebuilds the window. Something changed (our own action, or another desk&apos;s): views refresh. Detail of the selected ticket arrived (or None). Queue counts arrived. Escalation and approval counts arrived (supervisors and admins): {nav key: unhandled count}. The user saved another database connection and wants to log in there now (its URL, no password). Changes of these ticket ids (another desk&apos;s, heard live or by polling) are being applied. Why the session ended (shown by the login dialog), &apos;&apos; when the user chose 退出登录. The 督办与审批 pages (supervisors and admins), else None.</extracomment>
        <translation>Oversight</translation>
    </message>
    <message>
        <source>统计</source>
        <extracomment>The 周报 page (clerks, supervisors and admins), else None.</extracomment>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>民生工程</source>
        <extracomment>Pages with no ticket of their own (nav key -&gt; the widget the stack shows, what to do when it comes on screen, what F5 does): the ticket pane hides there and comes back with a ticket they open.</extracomment>
        <translation>Livelihood works</translation>
    </message>
    <message>
        <source>项目库</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>Problem hotspots</translation>
    </message>
    <message>
        <source>项目节点</source>
        <translation>Project milestones</translation>
    </message>
    <message>
        <source>一张图</source>
        <translation>One map</translation>
    </message>
    <message>
        <source>地图</source>
        <translation>Map</translation>
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
        <source>导入 12345 工单…</source>
        <translation>Import 12345 work orders…</translation>
    </message>
    <message>
        <source>从 12345 平台导出的 Excel 或 CSV 文件导入工单</source>
        <translation>Import tickets from an Excel or CSV file exported from the 12345 platform</translation>
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
        <source>修改密码…</source>
        <translation>Change Password…</translation>
    </message>
    <message>
        <source>修改您自己的登录密码</source>
        <translation>Change your own login password</translation>
    </message>
    <message>
        <source>锁定工作台</source>
        <translation>Lock Desk</translation>
    </message>
    <message>
        <source>离开座位时锁定，回来后输入密码继续</source>
        <translation>Lock when you leave your seat; enter your password to continue</translation>
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
        <source>与数据库的连接已断开，正在重试…</source>
        <translation>The connection to the database was lost. Retrying…</translation>
    </message>
    <message>
        <source>已重新连接数据库，数据已刷新</source>
        <translation>Reconnected to the database; the data was refreshed</translation>
    </message>
    <message>
        <source>办公室设置已保存</source>
        <translation>Office settings saved</translation>
    </message>
    <message>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <translation>Whistle Desk</translation>
    </message>
    <message>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <source>已解锁</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>有新的待办事项，解锁后查看。</source>
        <translation>There is something new for you. Unlock to see it.</translation>
    </message>
    <message>
        <source>正在读取数据…</source>
        <translation>Loading data…</translation>
    </message>
</context>
<context>
    <name>MapImportDialog</name>
    <message>
        <source>导入地图边界</source>
        <translation>Import map boundaries</translation>
    </message>
    <message>
        <source>GeoJSON、Shapefile（.shp）或其 .zip</source>
        <translation>GeoJSON, Shapefile (.shp) or its .zip</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>社区/网格边界</source>
        <translation>Community/grid boundaries</translation>
    </message>
    <message>
        <source>道路/建筑（仅作参照）</source>
        <translation>Roads/buildings (for orientation only)</translation>
    </message>
    <message>
        <source>图层</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>WGS84（GPS、天地图等）</source>
        <translation>WGS84 (GPS, Tianditu …)</translation>
    </message>
    <message>
        <source>GCJ-02（高德、腾讯等国内网络地图，导入时换算）</source>
        <translation>GCJ-02 (Chinese web maps such as Amap, Tencent; converted on import)</translation>
    </message>
    <message>
        <source>坐标系</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <source>自动（与社区列表匹配最多的属性）</source>
        <translation>Automatic (the property that matches the most communities)</translation>
    </message>
    <message>
        <source>名称属性</source>
        <translation>Name property</translation>
    </message>
    <message>
        <source>已匹配</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>未匹配 / 没有边界的社区</source>
        <translation>Unmatched / communities without a boundary</translation>
    </message>
    <message>
        <source>导入会替换该图层现有的全部边界；文件有任何问题时什么都不写入。</source>
        <translation>An import replaces all boundaries of the layer; if anything in the file is wrong, nothing is stored.</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>选择边界文件</source>
        <translation>Choose a boundary file</translation>
    </message>
    <message>
        <source>边界文件 (*.geojson *.json *.shp *.zip);;所有文件 (*)</source>
        <translation>Boundary files (*.geojson *.json *.shp *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取和检查…</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>%1：%2 个要素，%3 个顶点；坐标系 %4；名称属性 %5</source>
        <translation>%1: %2 features, %3 vertices; coordinate system %4; name property %5</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>文件中：%1</source>
        <translation>In the file: %1</translation>
    </message>
    <message>
        <source>（无名称）</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>无边界：%1</source>
        <translation>No boundary: %1</translation>
    </message>
    <message>
        <source>已导入。</source>
        <translation>Imported.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>一张图</source>
        <extracomment>The period presets (the office&apos;s local dates up to today); ``custom``: dates given by the hotspot page. Pins of the part on screen are asked for this long after the last pan or zoom. Room between the legend (top-left, 8 px in) and the map when it is fitted. The picture arrived and is drawn. A 社区&apos;s tickets arrived in the list. The pins of the part on screen arrived. A ticket to show in the detail pane (its number). A project to show on the project page (its number). A ticket&apos;s point was set on the map. A project&apos;s place was set or cleared on the map (its number). 查看热点: the hotspot page, on this 社区 (its name, the map&apos;s category or &quot;&quot;, (period key, start, end)).</extracomment>
        <translation>One map</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>近三个月</source>
        <translation>Last three months</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已结案或撤销</source>
        <translation>Closed or cancelled</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>着色</source>
        <extracomment>Without the tickets&apos; map (a 项目负责人: boundaries and projects only, to see and set the projects&apos; places).</extracomment>
        <translation>Shade by</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>全图</source>
        <translation>Whole map</translation>
    </message>
    <message>
        <source>缩放到整个街道</source>
        <translation>Zoom to the whole street</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>Export picture…</translation>
    </message>
    <message>
        <source>把当前地图（含图例）保存为 PNG 图片，用于汇报</source>
        <translation>Save the map (with its legend) as a PNG picture for a presentation</translation>
    </message>
    <message>
        <source>导入边界…</source>
        <translation>Import boundaries…</translation>
    </message>
    <message>
        <source>导入社区/网格边界（GeoJSON、Shapefile）</source>
        <translation>Import community/grid boundaries (GeoJSON, Shapefile)</translation>
    </message>
    <message>
        <source>点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>单击地图一次，即为项目位置</source>
        <translation>One click on the map is the project&apos;s place</translation>
    </message>
    <message>
        <source>线</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>依次单击道路等的各点，按 Enter 或双击完成</source>
        <translation>Click the points along the road one by one; press Enter or double-click to finish</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>以已单击的各点保存为线（Enter）</source>
        <translation>Save the points clicked as a line (Enter)</translation>
    </message>
    <message>
        <source>清除位置</source>
        <translation>Remove place</translation>
    </message>
    <message>
        <source>删除该项目在地图上的位置</source>
        <translation>Remove the project&apos;s place from the map</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>不标注（Esc）</source>
        <translation>Do not place it (Esc)</translation>
    </message>
    <message>
        <source>单击地图上的社区，查看其工单</source>
        <translation>Click a community on the map to list its tickets</translation>
    </message>
    <message>
        <source>双击工单在右侧查看详情</source>
        <translation>Double-click a ticket to see it on the right</translation>
    </message>
    <message>
        <source>标注位置</source>
        <translation>Mark location</translation>
    </message>
    <message>
        <source>选中一张工单，再单击地图上它所在的位置</source>
        <translation>Select a ticket, then click where it is on the map</translation>
    </message>
    <message>
        <source>查看热点</source>
        <translation>Show hotspots</translation>
    </message>
    <message>
        <source>在问题清单中查看该社区的热点（同一统计期）</source>
        <translation>Show this community&apos;s hotspots on the problem list (same period)</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>还没有导入社区边界，地图无法显示。</source>
        <translation>No community boundaries have been imported, so the map cannot be shown.</translation>
    </message>
    <message>
        <source>管理员可在本页“导入边界…”导入 GeoJSON 或 Shapefile 文件（或运行 whistle-desk map import）。</source>
        <translation>An administrator can import a GeoJSON or Shapefile file with “Import boundaries…” on this page (or run whistle-desk map import).</translation>
    </message>
    <message>
        <source>%1 个社区，工单 %2 张，其中有位置 %3 张；不在地图上的社区 %4 张；用时 %5 秒</source>
        <translation>%1 communities, %2 tickets, %3 of them with a location; %4 in communities not on the map; %5 s</translation>
    </message>
    <message>
        <source>已标注位置的项目 %1 个，其中有超期节点 %2 个；用时 %3 秒</source>
        <translation>%1 projects placed, %2 of them with late milestones; took %3 s</translation>
    </message>
    <message>
        <source>%1：正在读取…</source>
        <translation>%1: loading…</translation>
    </message>
    <message>
        <source>这张工单没有位置（只计入社区）：可选中后“标注位置”</source>
        <translation>This ticket has no location (it counts in its community only): select it, then “Mark location”</translation>
    </message>
    <message>
        <source>（显示最新 %1 张）</source>
        <translation> (the newest %1 shown)</translation>
    </message>
    <message>
        <source>%1：共 %2 张工单%3</source>
        <translation>%1: %2 tickets%3</translation>
    </message>
    <message>
        <source>单击地图上工单 %1 所在的位置（按 Esc 取消）</source>
        <translation>Click where ticket %1 is on the map (Esc cancels)</translation>
    </message>
    <message>
        <source>已取消标注位置。</source>
        <translation>Marking the location was cancelled.</translation>
    </message>
    <message>
        <source>边界之外</source>
        <translation>outside the boundaries</translation>
    </message>
    <message>
        <source>已标注工单 %1 的位置（%2）。</source>
        <translation>Location of ticket %1 marked (%2).</translation>
    </message>
    <message>
        <source>标注项目 %1 %2 的位置</source>
        <translation>Place project %1 %2</translation>
    </message>
    <message>
        <source>依次单击项目 %1 沿线的各点，按 Enter 或双击完成（Esc 取消）</source>
        <translation>Click the points along project %1 one by one; press Enter or double-click to finish (Esc cancels)</translation>
    </message>
    <message>
        <source>已取 %1 个点：</source>
        <translation>%1 points so far: </translation>
    </message>
    <message>
        <source>单击地图上项目 %1 所在的位置（Esc 取消）</source>
        <translation>Click where project %1 is on the map (Esc cancels)</translation>
    </message>
    <message>
        <source>线至少需要两个点：请再单击地图。</source>
        <translation>A line needs at least two points: click on the map again.</translation>
    </message>
    <message>
        <source>已取消标注项目 %1 的位置。</source>
        <translation>Placing project %1 cancelled.</translation>
    </message>
    <message>
        <source>线，%1 个点</source>
        <translation>line, %1 points</translation>
    </message>
    <message>
        <source>已标注项目 %1 的位置（%2）。</source>
        <translation>Project %1 placed (%2).</translation>
    </message>
    <message>
        <source>已清除项目 %1 的位置。</source>
        <translation>Place of project %1 removed.</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>民生工程项目位置</source>
        <translation>Places of the livelihood projects</translation>
    </message>
    <message>
        <source>导出地图图片</source>
        <translation>Export the map as a picture</translation>
    </message>
    <message>
        <source>地图.png</source>
        <translation>map.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>已导出地图图片：%1</source>
        <translation>Map picture exported: %1</translation>
    </message>
    <message>
        <source>无法保存图片：%1</source>
        <translation>Cannot save the picture: %1</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>工单数</source>
        <extracomment>What the 社区 are shaded by. A 社区 on the projects&apos; map (no figure): the paper map&apos;s fill (reports.mapdraw.FILL). The outline of a project with late milestones (超期节点; reports.mapdraw rings them in the same red). lupdate finds translate(&quot;context&quot;, &quot;literal&quot;) calls through this name.</extracomment>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>解决率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>无时限（已办结等）</source>
        <translation>No deadline (done etc.)</translation>
    </message>
    <message>
        <source>储备</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>已列入清单</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>立项</source>
        <translation>Initiated</translation>
    </message>
    <message>
        <source>招标</source>
        <translation>Tendering</translation>
    </message>
    <message>
        <source>施工</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>运维</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>红圈：有超期节点</source>
        <extracomment>A row for the red outline of projects with late milestones (&quot;&quot; when none is drawn).</extracomment>
        <translation>Red ring: late milestones</translation>
    </message>
    <message>
        <source>无回访</source>
        <translation>no callbacks</translation>
    </message>
    <message>
        <source>无位置的工单只计入所在社区，不显示为点</source>
        <translation>Tickets without a location count in their community and are not drawn as points</translation>
    </message>
    <message>
        <source>工单位置</source>
        <translation>Ticket locations</translation>
    </message>
    <message>
        <source>超期节点 %1</source>
        <translation>Late milestones: %1</translation>
    </message>
    <message>
        <source>单击在项目库中查看</source>
        <translation>Click to show it in the project library</translation>
    </message>
    <message>
        <source>民生工程</source>
        <translation>Livelihood projects</translation>
    </message>
    <message>
        <source>%1（未匹配社区）</source>
        <extracomment>False: the projects&apos; map only (the 社区 unshaded, no figures on them).</extracomment>
        <translation>%1 (matches no community)</translation>
    </message>
    <message>
        <source>无名称</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>%1 张工单（其中超期 %2 张）：放大查看</source>
        <translation>%1 tickets (%2 overdue): zoom in to see them</translation>
    </message>
    <message>
        <source>%1%（%2）</source>
        <translation>%1% (%2)</translation>
    </message>
    <message>
        <source>工单 %1 张，其中有位置 %2 张</source>
        <translation>%1 tickets, %2 with a location</translation>
    </message>
    <message>
        <source>解决率 %1</source>
        <translation>Resolution %1</translation>
    </message>
    <message>
        <source>满意率 %1</source>
        <translation>Satisfaction %1</translation>
    </message>
    <message>
        <source>单击查看该社区的工单</source>
        <translation>Click to list this community&apos;s tickets</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>登记预算与合同金额</source>
        <translation>Record the budget and the contract amount</translation>
    </message>
    <message>
        <source>预算（万元）</source>
        <translation>Budget (10,000 yuan)</translation>
    </message>
    <message>
        <source>合同金额（万元）</source>
        <translation>Contract amount (10,000 yuan)</translation>
    </message>
    <message>
        <source>签订合同后填写</source>
        <translation>Fill in once the contract is signed</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>可不填，如：预算批复文号、合同编号</source>
        <translation>Optional, e.g. the budget approval&apos;s or the contract&apos;s number</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>MyProjectsPage</name>
    <message>
        <source>分配给您的民生工程项目。您可以查看进展、记录巡查和发表评论。</source>
        <translation>The livelihood projects assigned to you. You can follow their progress, record inspections and comment.</translation>
    </message>
    <message>
        <source>还没有分配给您的项目。</source>
        <translation>No project is assigned to you yet.</translation>
    </message>
    <message>
        <source>巡查…</source>
        <translation>Inspect…</translation>
    </message>
    <message>
        <source>以市民观察员身份记录一次质量安全巡查（可附照片）</source>
        <translation>Record a quality and safety inspection as a citizen observer (photos may be attached)</translation>
    </message>
    <message>
        <source>评论…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <source>对所选项目发表评论，记入项目历史</source>
        <translation>Comment on the selected project (kept in its history)</translation>
    </message>
    <message>
        <source>监理</source>
        <translation>Supervising firm</translation>
    </message>
    <message>
        <source>街道工作人员</source>
        <translation>Street office staff</translation>
    </message>
    <message>
        <source>市民观察员</source>
        <translation>Citizen observer</translation>
    </message>
    <message>
        <source>节点</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>计划完成</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>实际完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>整改：</source>
        <translation>Fix: </translation>
    </message>
    <message>
        <source>%1&#x3000;%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>年度：%1&#x3000;阶段：%2&#x3000;完成：%3%</source>
        <translation>Year: %1 · Stage: %2 · Complete: %3%</translation>
    </message>
    <message>
        <source>社区：%1&#x3000;分类：%2</source>
        <translation>Community: %1 · Category: %2</translation>
    </message>
    <message>
        <source>暂无节点</source>
        <translation>No milestones yet</translation>
    </message>
    <message>
        <source>巡查与进度</source>
        <translation>Inspections and progress</translation>
    </message>
    <message>
        <source>%1 进度 %2%</source>
        <translation>%1 progress %2%</translation>
    </message>
    <message>
        <source>%1 巡查（%2）</source>
        <translation>%1 inspection (%2)</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>暂无记录</source>
        <translation>Nothing recorded yet</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>暂无评论</source>
        <translation>No comments yet</translation>
    </message>
    <message>
        <source>已记录项目 %1 的巡查</source>
        <translation>Inspection of project %1 recorded</translation>
    </message>
    <message>
        <source>已发表对项目 %1 的评论</source>
        <translation>Comment on project %1 posted</translation>
    </message>
</context>
<context>
    <name>NamedItemsModel</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>NamedItemsWindow</name>
    <message>
        <source>新增(&amp;N)…</source>
        <extracomment>A successful change (add, rename, activate, deactivate, lead): cached lists elsewhere should refresh. The table was (re)loaded. The form dialog opened last (tests fill it and call ``submit()``).</extracomment>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>重命名(&amp;R)…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>停用(&amp;D)…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>关闭</source>
        <extracomment>The actions of the buttons and the context menu, in order (subclasses may append theirs).</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>启用(&amp;E)…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <source>已新增：%1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>重命名“%1”</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <source>新名称</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>现名称：%1</source>
        <translation>Current name: %1</translation>
    </message>
    <message>
        <source>已将“%1”重命名为“%2”</source>
        <translation>Renamed “%1” to “%2”</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>已启用：%1</source>
        <translation>Enabled: %1</translation>
    </message>
    <message>
        <source>已停用：%1</source>
        <translation>Disabled: %1</translation>
    </message>
</context>
<context>
    <name>NavList</name>
    <message>
        <source>分组标题</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>新建用户</source>
        <translation>New User</translation>
    </message>
    <message>
        <source>用户名用于登录：以字母开头，由小写字母、数字、点、下划线或连字符组成，如 zhang.wei。</source>
        <translation>The username is used to log in: it starts with a letter and has lowercase letters, digits, dots, underscores or hyphens, e.g. zhang.wei.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>显示在工单记录中，如 张伟</source>
        <translation>Shown in ticket records, e.g. Zhang Wei</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>至少 8 个字符</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>首次登录时须修改密码</source>
        <translation>Must change the password at first login</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
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
    <name>ObserverInspectionDialog</name>
    <message>
        <source>质量安全巡查</source>
        <translation>Quality and safety inspection</translation>
    </message>
    <message>
        <source>项目 %1：%2</source>
        <translation>Project %1: %2</translation>
    </message>
    <message>
        <source>以市民观察员 %1 的名义记录；发现的问题由街道安排整改。</source>
        <translation>Recorded in the name of citizen observer %1; the street office arranges fixes for what you find.</translation>
    </message>
    <message>
        <source>看到了什么：施工安全、围挡、文明施工、质量问题…</source>
        <translation>What you saw: site safety, hoardings, tidy work, quality problems…</translation>
    </message>
    <message>
        <source>巡查情况</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <source>现场照片</source>
        <translation>Site photos</translation>
    </message>
    <message>
        <source>记录巡查</source>
        <translation>Record inspection</translation>
    </message>
    <message>
        <source>请填写巡查情况。</source>
        <translation>Describe what was seen.</translation>
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
        <extracomment>Emitted with the façade&apos;s result when the call succeeded (just before the dialog accepts). Emitted when part of a two-step call went through although the dialog stays open. The call failed with ``ConflictError`` (someone else changed the item first): the core&apos;s message. The window reloads the item and hands it to :meth:`item_reloaded`. Enter in a one-line field submits (the login). Elsewhere Enter moves to the next field, so that a half-filled form is never sent by accident; Ctrl+Enter submits every dialog. Esc or 取消 asks before throwing away typed text. Lines the dialog&apos;s error line always has room for, shown empty (0: it appears when needed). The &quot;放弃填写的内容？&quot; question while it is shown.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>放弃填写的内容？</source>
        <translation>Discard what you entered?</translation>
    </message>
    <message>
        <source>您填写的内容尚未提交，关闭后将丢失。</source>
        <translation>What you entered has not been submitted and will be lost when you close.</translation>
    </message>
    <message>
        <source>放弃并关闭</source>
        <translation>Discard and close</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>已重新载入最新内容（见详情），请核对后再决定是否继续。</source>
        <translation>The latest version was loaded (see the details). Check it before you decide whether to go on.</translation>
    </message>
</context>
<context>
    <name>PartiesDialog</name>
    <message>
        <source>登记参建单位</source>
        <translation>Record the parties</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>监理单位</source>
        <translation>Supervising engineer</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>登记拨付</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>合同总额 %1，已拨付 %2，尚可拨付 %3。</source>
        <translation>Contract total %1, paid %2, still payable %3.</translation>
    </message>
    <message>
        <source>拨付金额（万元）</source>
        <translation>Amount paid (10,000 yuan)</translation>
    </message>
    <message>
        <source>拨付日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>可不填，如：进度款第 2 期</source>
        <translation>Optional, e.g. progress payment no. 2</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>查看附件</source>
        <extracomment>An attachment was removed (its id).</extracomment>
        <translation>View attachments</translation>
    </message>
    <message>
        <source>◀ 上一张</source>
        <extracomment>attachment id -&gt; its stored file (read once per viewer)</extracomment>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>下一张 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation>Open with the system viewer</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 · %2 添加于 %3%4</source>
        <translation>%1 · added by %2 on %3%4</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>附件另存为</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>删除附件</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>删除附件“%1”？删除会记入处理记录。</source>
        <translation>Remove the attachment “%1”? The removal is recorded in the timeline.</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot remove</translation>
    </message>
</context>
<context>
    <name>PointPicker</name>
    <message>
        <source>在地图上标注位置</source>
        <extracomment>Decimal places shown (1e-6° is about 10 cm). The chosen point, WGS84 (lon, lat). The boundaries arrived and are drawn (or there are none).</extracomment>
        <translation>Mark the location on the map</translation>
    </message>
    <message>
        <source>单击地图上问题所在的位置；也可以直接输入坐标。</source>
        <translation>Click where the problem is on the map, or type its coordinates.</translation>
    </message>
    <message>
        <source>正在读取社区边界…</source>
        <translation>Reading the community boundaries…</translation>
    </message>
    <message>
        <source>坐标（经度, 纬度）</source>
        <translation>Coordinates (longitude, latitude)</translation>
    </message>
    <message>
        <source>例如 116.397128, 39.916527</source>
        <translation>e.g. 116.397128, 39.916527</translation>
    </message>
    <message>
        <source>WGS84（GPS、12345 工单）</source>
        <translation>WGS84 (GPS, 12345 orders)</translation>
    </message>
    <message>
        <source>GCJ-02（高德、腾讯地图）</source>
        <translation>GCJ-02 (Amap, Tencent Maps)</translation>
    </message>
    <message>
        <source>输入的坐标来自哪种地图：GCJ-02 的坐标会换算为 WGS84 保存</source>
        <translation>Which map the typed coordinates come from: GCJ-02 coordinates are converted to WGS84 when stored</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>还没有导入社区边界，无法在地图上单击：请直接输入坐标。</source>
        <translation>No community boundaries have been imported, so there is no map to click on: type the coordinates instead.</translation>
    </message>
    <message>
        <source>请输入两个数：经度, 纬度（如 116.397128, 39.916527）。</source>
        <translation>Type two numbers: longitude, latitude (e.g. 116.397128, 39.916527).</translation>
    </message>
    <message>
        <source>坐标（%1, %2）不在中国境内：经度在前、纬度在后。</source>
        <translation>The coordinates (%1, %2) are not in China: longitude first, then latitude.</translation>
    </message>
    <message>
        <source>尚未标注</source>
        <translation>Not marked yet</translation>
    </message>
    <message>
        <source>位置：%1（%2）</source>
        <translation>Location: %1 (%2)</translation>
    </message>
    <message>
        <source>不在已导入的社区边界内</source>
        <translation>outside the imported community boundaries</translation>
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
        <source>沿用%1</source>
        <translation>From %1</translation>
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
    <name>ProgressDialog</name>
    <message>
        <source>记录项目进度</source>
        <translation>Record project progress</translation>
    </message>
    <message>
        <source>完成百分比</source>
        <translation>Percent complete</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>形象进度照片</source>
        <translation>Progress photos</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>ProjectCallbackDialog</name>
    <message>
        <source>回访居民</source>
        <translation>Call a resident back</translation>
    </message>
    <message>
        <source>请告知居民：您反映的问题已由项目“%1”解决，并询问是否解决、是否满意。</source>
        <translation>Tell the resident: the problem you reported has been fixed by the project “%1”; ask whether it is solved and whether they are satisfied.</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>（未留姓名）</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <source>（无电话）</source>
        <translation>(no phone)</translation>
    </message>
    <message>
        <source>已联系到居民</source>
        <translation>The resident was reached</translation>
    </message>
    <message>
        <source>问题是否解决</source>
        <translation>Solved?</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>未解决</source>
        <translation>Not solved</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>登记回访</source>
        <translation>Record the callback</translation>
    </message>
    <message>
        <source>所有居民都已回访。</source>
        <translation>Every resident has been called back.</translation>
    </message>
</context>
<context>
    <name>ProjectDeskWindow</name>
    <message>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <translation>Whistle Desk</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>民生工程</source>
        <translation>Livelihood works</translation>
    </message>
    <message>
        <source>项目库</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>我的项目</source>
        <translation>My projects</translation>
    </message>
    <message>
        <source>一张图</source>
        <translation>One map</translation>
    </message>
    <message>
        <source>地图</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>修改您自己的登录密码</source>
        <translation>Change your own password</translation>
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
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <source>请在左侧列表中选择一个项目</source>
        <extracomment>A source ticket was double-clicked (its number). The source tickets selected changed (移除工单 follows).</extracomment>
        <translation>Select a project in the list on the left</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>安全底线</source>
        <translation>Safety bottom line</translation>
    </message>
    <message>
        <source>受益人数</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source>估算费用</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>项目说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>双击工单查看详情；选中后可“移除工单”</source>
        <translation>Double-click a ticket to see it; select tickets to “Unlink tickets”</translation>
    </message>
    <message>
        <source>优先级评分</source>
        <translation>Priority score</translation>
    </message>
    <message>
        <source>得分 = 数值 × 权重；权重在“办公室设置 → 民生工程”中设定</source>
        <translation>Points = value × weight; the weights are set in “Office settings → Livelihood works”</translation>
    </message>
    <message>
        <source>得分 = 数值 × 权重（权重在“办公室设置 → 民生工程”中设定）。</source>
        <translation>Points = value × weight (the weights are set in “Office settings → Livelihood works”).</translation>
    </message>
    <message>
        <source>票决记录</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>是：排在所有未触及安全底线的项目之前</source>
        <translation>Yes: ranks above every project that does not touch it</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>未估算</source>
        <translation>Not estimated</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2（第 %3 版）</source>
        <translation>%1 %2 (version %3)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>来源工单（%1 张，反映居民 %2 人）</source>
        <translation>Source tickets (%1, from %2 resident(s))</translation>
    </message>
    <message>
        <source>评分 %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>触及安全底线：排在所有未触及安全底线的项目之前，不论评分。</source>
        <translation>Touches the safety bottom line: ranks above every project that does not, whatever the score.</translation>
    </message>
    <message>
        <source>%1（%2）：%3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>尚未票决。</source>
        <translation>No vote yet.</translation>
    </message>
</context>
<context>
    <name>ProjectRecordsPanel</name>
    <message>
        <source>资金</source>
        <extracomment>A dialog went through: the message for the status bar (the project changed: its detail is read again). The record arrived (a ProjectRecordInfo, or None).</extracomment>
        <translation>Money</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>合同金额</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <source>已批准设计变更</source>
        <translation>Approved design changes</translation>
    </message>
    <message>
        <source>合同总额</source>
        <translation>Contract total</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>登记预算与合同…</source>
        <translation>Record budget and contract…</translation>
    </message>
    <message>
        <source>登记拨付…</source>
        <translation>Record a payment…</translation>
    </message>
    <message>
        <source>登记设计变更…</source>
        <translation>Record a design change…</translation>
    </message>
    <message>
        <source>审批变更…</source>
        <translation>Decide change…</translation>
    </message>
    <message>
        <source>拨付记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>设计变更（选中待审批的一项后可审批）</source>
        <translation>Design changes (select a pending one to decide it)</translation>
    </message>
    <message>
        <source>参建单位</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>监理单位</source>
        <translation>Supervising engineer</translation>
    </message>
    <message>
        <source>红黑榜</source>
        <extracomment>The contractor&apos;s line of the 红黑榜 (desk/projects/records/board.py), its definition as the tooltip.</extracomment>
        <translation>Red and black lists</translation>
    </message>
    <message>
        <source>登记参建单位…</source>
        <translation>Record the parties…</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>录入测评答卷…</source>
        <translation>Record a survey response…</translation>
    </message>
    <message>
        <source>登记验收结果…</source>
        <translation>Record the acceptance result…</translation>
    </message>
    <message>
        <source>回访居民…</source>
        <translation>Call residents back…</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <source>登记回头看…</source>
        <translation>Record a revisit…</translation>
    </message>
    <message>
        <source>请在左侧列表中选择一个项目</source>
        <translation>Choose a project in the list on the left</translation>
    </message>
    <message>
        <source>储备项目列入年度清单后，才能登记资金、参建单位、验收和回头看。</source>
        <translation>Once a candidate is on a yearly list, its money, parties, acceptance and revisits can be recorded.</translation>
    </message>
    <message>
        <source>项目已取消。</source>
        <translation>The project is cancelled.</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>未签订</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>（另有 %1 项待审批）</source>
        <translation> (%1 more pending)</translation>
    </message>
    <message>
        <source>%1（占合同总额 %2）</source>
        <translation>%1 (%2 of the contract total)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>验收合格（%1）</source>
        <translation>Acceptance passed (%1)</translation>
    </message>
    <message>
        <source>验收不合格（%1）：%2</source>
        <translation>Acceptance failed (%1): %2</translation>
    </message>
    <message>
        <source>尚未验收</source>
        <translation>Not accepted yet</translation>
    </message>
    <message>
        <source>验收中：尚未登记验收结果</source>
        <translation>Under acceptance: no result recorded yet</translation>
    </message>
    <message>
        <source>居民满意度测评：%1 份答卷，满意度 %2（满意与基本满意之和）</source>
        <translation>Residents&apos; satisfaction survey: %1 responses, satisfaction %2 (satisfied plus basically satisfied)</translation>
    </message>
    <message>
        <source>居民满意度测评：尚无答卷。</source>
        <translation>Residents&apos; satisfaction survey: no responses yet.</translation>
    </message>
    <message>
        <source>回访来源工单的居民：已回访 %1 / %2 人</source>
        <translation>Residents of the source tickets called back: %1 / %2</translation>
    </message>
    <message>
        <source>整改情况：%1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>验收合格后安排回头看。</source>
        <translation>A revisit is scheduled once the acceptance passes.</translation>
    </message>
    <message>
        <source>红榜</source>
        <translation>Red list</translation>
    </message>
    <message>
        <source>黑榜</source>
        <translation>Black list</translation>
    </message>
    <message>
        <source>未上榜</source>
        <translation>On neither list</translation>
    </message>
    <message>
        <source>%1：好评 %2，差评 %3，净分 %4（%5 个项目）</source>
        <translation>%1: %2 good marks, %3 bad marks, net %4 (%5 projects)</translation>
    </message>
    <message>
        <source>项目进入验收阶段后才能登记测评和验收结果</source>
        <translation>The survey and the acceptance result can be recorded once the project is in the acceptance stage</translation>
    </message>
    <message>
        <source>项目 %1：已登记预算与合同金额</source>
        <translation>Project %1: budget and contract amount recorded</translation>
    </message>
    <message>
        <source>项目 %1：已登记拨付</source>
        <translation>Project %1: payment recorded</translation>
    </message>
    <message>
        <source>项目 %1：已登记设计变更，等待审批</source>
        <translation>Project %1: design change recorded, awaiting approval</translation>
    </message>
    <message>
        <source>项目 %1：已审批设计变更</source>
        <translation>Project %1: design change decided</translation>
    </message>
    <message>
        <source>项目 %1：已登记参建单位</source>
        <translation>Project %1: parties recorded</translation>
    </message>
    <message>
        <source>项目 %1：已录入测评答卷</source>
        <translation>Project %1: survey response recorded</translation>
    </message>
    <message>
        <source>项目 %1：已登记验收结果</source>
        <translation>Project %1: acceptance result recorded</translation>
    </message>
    <message>
        <source>项目 %1：已登记居民回访</source>
        <translation>Project %1: resident&apos;s callback recorded</translation>
    </message>
    <message>
        <source>项目 %1：已登记回头看</source>
        <translation>Project %1: revisit recorded</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>项目库</source>
        <extracomment>A message for the status bar. A source ticket was double-clicked: show it (its number). The projects list arrived. The selected project&apos;s detail arrived (a ProjectInfo, or None). 在地图上标注…: set this project&apos;s place on the map page (its number, its name). The ticket numbers selected in the queue (关联工单… offers them). A project to select when the next list holds it (a new one).</extracomment>
        <translation>Projects</translation>
    </message>
    <message>
        <source>储备项目来自工单、问题清单，或居民金点子、代表建议、部门计划。按优先级排列：触及安全底线的在前，其余按评分从高到低；点击列标题可按该列排序。</source>
        <translation>Candidate projects come from tickets, the problem hotspots, a resident&apos;s idea, a representative&apos;s proposal or a department&apos;s plan. By priority: those touching the safety bottom line first, then by score; click a column header to sort by it.</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>有超期节点</source>
        <translation>Late milestones</translation>
    </message>
    <message>
        <source>只显示有节点（含整改）到期未完成的项目</source>
        <translation>Only projects with a milestone (or a fix) past its due and not done</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新读取项目库</source>
        <translation>Read the projects again</translation>
    </message>
    <message>
        <source>新建储备项目…</source>
        <translation>New candidate project…</translation>
    </message>
    <message>
        <source>居民金点子、代表建议、部门计划，或由工单编号生成</source>
        <translation>A resident&apos;s idea, a representative&apos;s proposal, a department&apos;s plan, or from ticket numbers</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选项目</source>
        <translation>Change the selected project</translation>
    </message>
    <message>
        <source>关联工单…</source>
        <translation>Link tickets…</translation>
    </message>
    <message>
        <source>为所选项目关联更多来源工单</source>
        <translation>Link more source tickets to the selected project</translation>
    </message>
    <message>
        <source>移除工单</source>
        <translation>Unlink tickets</translation>
    </message>
    <message>
        <source>从所选项目中移除详情里选中的来源工单</source>
        <translation>Unlink the source tickets selected in the detail from the selected project</translation>
    </message>
    <message>
        <source>记录票决…</source>
        <translation>Record a vote…</translation>
    </message>
    <message>
        <source>登记居民议事会或代表会议的票决</source>
        <translation>Record the vote of a residents&apos; or representatives&apos; meeting</translation>
    </message>
    <message>
        <source>取消项目…</source>
        <translation>Cancel project…</translation>
    </message>
    <message>
        <source>不再推进的储备项目（保留记录）</source>
        <translation>A candidate that will not be pursued (kept on record)</translation>
    </message>
    <message>
        <source>市民观察员…</source>
        <translation>Citizen observers…</translation>
    </message>
    <message>
        <source>指派或取消指派能看到所选项目的市民观察员</source>
        <translation>Assign or unassign the citizen observers who may see the selected project</translation>
    </message>
    <message>
        <source>在地图上标注…</source>
        <translation>Place on map…</translation>
    </message>
    <message>
        <source>切换到地图，单击标注所选项目的位置（点或线）</source>
        <translation>Switch to the map and click where the selected project is (a point or a line)</translation>
    </message>
    <message>
        <source>资金与验收</source>
        <translation>Money and acceptance</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>共 %1 个项目</source>
        <translation>%1 project(s)</translation>
    </message>
    <message>
        <source>没有符合条件的项目</source>
        <translation>No project matches</translation>
    </message>
    <message>
        <source>项目库还是空的：点“新建储备项目…”，或在工单队列中选中工单后用“工单 → 生成储备项目…”</source>
        <translation>No projects yet: click “New candidate project…”, or select tickets in a queue and use “Tickets → Make a candidate project…”</translation>
    </message>
    <message>
        <source>已新建储备项目 %1</source>
        <translation>Candidate project %1 created</translation>
    </message>
    <message>
        <source>项目 %1 已保存</source>
        <translation>Project %1 saved</translation>
    </message>
    <message>
        <source>项目 %1：已关联工单</source>
        <translation>Project %1: tickets linked</translation>
    </message>
    <message>
        <source>项目 %1：已移除工单</source>
        <translation>Project %1: tickets unlinked</translation>
    </message>
    <message>
        <source>项目 %1：已记录票决</source>
        <translation>Project %1: vote recorded</translation>
    </message>
    <message>
        <source>项目 %1 已取消</source>
        <translation>Project %1 cancelled</translation>
    </message>
    <message>
        <source>项目 %1 的市民观察员已更新</source>
        <translation>Citizen observers of project %1 updated</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>12345 导出文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>12345 exports (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>新派单</source>
        <extracomment>A search slower than this (seconds) on a database without the substring index says why in the status bar. A message for the status bar, and how long it stays (ms). The queues&apos; counts arrived ({queue: number of tickets}). A tray notice (title, text): new dispatches arrived for the responder&apos;s department. Shows another queue (the window&apos;s navigation follows). Shows a ticket in the detail pane (the toolbar follows), and which one is shown (an id, a number). A ticket to highlight as soon as the table&apos;s new id list has it (select_ticket, a new ticket). Where to look for the pending ticket when the list on screen does not hold it (then 全部). The table row highlighted last, and what a new id list does to the highlight: &quot;neighbour&quot; (a refresh: the same ticket, or the row now in its place), &quot;keep&quot; (a new sort or search: the same ticket if it is still listed) or &quot;clear&quot; (another queue). When the current search text was applied (its list not yet shown): a slow one says why. Search box, where it searches, the filters (one set per queue, remembered) and the row count. Shown over the empty table: nothing matched, or the queue is empty.</extracomment>
        <translation>New dispatches</translation>
    </message>
    <message>
        <source>本部门有 %1 张新派单待报到（共 %2 张）</source>
        <translation>%1 new dispatch(es) for your department to acknowledge (%2 in all)</translation>
    </message>
    <message>
        <source>该列不能排序</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>搜索较慢：数据库没有搜索索引（%1），每次搜索都要逐条查找。请联系管理员。</source>
        <translation>Search is slow: the database has no search index (%1), so every search reads every ticket. Please contact your administrator.</translation>
    </message>
    <message>
        <source>（已在全部工单中搜索）</source>
        <translation> (searched all tickets)</translation>
    </message>
    <message>
        <source>（只在本队列中搜索；可改为“在全部工单中搜索”）</source>
        <translation> (searched this queue only; you can switch to &quot;Search all tickets&quot;)</translation>
    </message>
    <message>
        <source>没有找到匹配的工单</source>
        <translation>No matching tickets</translation>
    </message>
    <message>
        <source>该队列中没有工单</source>
        <translation>No tickets in this queue</translation>
    </message>
</context>
<context>
    <name>RemoveTicketsDialog</name>
    <message>
        <source>移除工单</source>
        <translation>Unlink tickets</translation>
    </message>
    <message>
        <source>从项目中移除以下 %1 张工单（工单本身不受影响）：</source>
        <translation>Unlink these %1 ticket(s) from the project (the tickets themselves are not changed):</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Unlink</translation>
    </message>
</context>
<context>
    <name>RepeatHints</name>
    <message>
        <source>可能的重复件</source>
        <extracomment>The list was refreshed (the number of candidates shown). Numbers the clerk said are not repeats (not shown again while the dialog is open). What happened after the save: &apos;&apos; or a sentence (written by the op&apos;s worker into this plain dict).</extracomment>
        <translation>Likely repeats</translation>
    </message>
    <message>
        <source>输入标题和问题描述后，这里列出近期可能反映同一问题的工单。</source>
        <translation>Once a title and a description are typed, recent tickets that may concern the same problem are listed here.</translation>
    </message>
    <message>
        <source>相似度</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>受理后并入所选工单</source>
        <translation>Merge into the selected ticket after saving</translation>
    </message>
    <message>
        <source>不是重复件</source>
        <translation>Not a repeat</translation>
    </message>
    <message>
        <source>正在查找可能的重复件…</source>
        <translation>Looking for likely repeats…</translation>
    </message>
    <message>
        <source>无法查找重复件：%1</source>
        <translation>Cannot look for repeats: %1</translation>
    </message>
    <message>
        <source>（%1不同）</source>
        <translation> (%1 differs)</translation>
    </message>
    <message>
        <source>找到 %1 件可能反映同一问题的工单：选中一件，受理后可并入它。</source>
        <translation>%1 tickets may concern the same problem: select one to merge the new ticket into it after saving.</translation>
    </message>
    <message>
        <source>没有找到可能的重复件。</source>
        <translation>No likely repeats found.</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>受理后并入 %1</source>
        <translation>Merge into %1 after saving</translation>
    </message>
    <message>
        <source>（%1不同，勾选即确认）</source>
        <translation> (%1 differs: ticking confirms)</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <source>工单编号</source>
        <extracomment>Something was merged, split or dismissed: the window refreshes (the ticket&apos;s number).</extracomment>
        <translation>Work order no.</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>相似度</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>确认合并</source>
        <translation>Confirm merge</translation>
    </message>
    <message>
        <source>不是重复件</source>
        <translation>Not a repeat</translation>
    </message>
    <message>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>满意</source>
        <extracomment>The question asked before a merge across 社区 or categories (while it is shown).</extracomment>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>重复件：已并入 %1</source>
        <translation>Repeat: merged into %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>主工单“%1”（%2）共 %3 位居民反映。本工单跟随主工单办理，没有自己的派单；回访和结案仍单独进行。</source>
        <translation>Main ticket “%1” (%2): %3 residents reported it. This ticket follows the main ticket and has no dispatches of its own; its callback and closing are its own.</translation>
    </message>
    <message>
        <source>主工单的派单：%1</source>
        <translation>Dispatches of the main ticket: %1</translation>
    </message>
    <message>
        <source>重复件：%1 位居民反映同一问题</source>
        <translation>Repeats: %1 residents reported this problem</translation>
    </message>
    <message>
        <source>本工单是主工单，并入了 %1 件重复件；它们跟随本工单的派单和状态，各自回访、结案。</source>
        <translation>This is a main ticket with %1 merged repeats; they follow its dispatches and state, and each is called back and closed on its own.</translation>
    </message>
    <message>
        <source>可能的重复件</source>
        <translation>Likely repeats</translation>
    </message>
    <message>
        <source>以下工单可能反映同一问题：选中一件后确认合并（本工单并入它），或标为不是重复件。</source>
        <translation>These tickets may concern the same problem: select one, then confirm the merge (this ticket goes into it), or mark it as not a repeat.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>无法合并</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>拆分重复件</source>
        <translation>split a repeat</translation>
    </message>
    <message>
        <source>拆分原因（拆分后本工单回到待派，单独办理）：</source>
        <translation>Reason for the split (the ticket goes back to awaiting dispatch and is handled on its own):</translation>
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
        <extracomment>A PDF was generated and is shown (its path). A ticket of the drill-down list was highlighted (its number; no dispatch). Generation ended without a PDF: cancelled (True) or failed (False). A message for the status bar. The progress of the render, 0..100 (emitted on the render worker, delivered queued). The 通报 as generated, the department slips and the workbook beside it.</extracomment>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Generate</translation>
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
        <source>按周或按月统计受理、派单、三率（响应率、解决率、满意率）、按时率、红黑榜、超期和通报事项，生成通报 PDF、各部门工作单 PDF 和完整清单 Excel 附表。一周从周一 0 点到周日 24 点（本街道时间）。</source>
        <translation>Counts intake, dispatches, the three rates (response, resolution, satisfaction), on-time rates, the red and black lists, overdue work and notices by week or by month, and generates the bulletin PDF, the department slips PDF and an Excel workbook with the full lists. A week runs from Monday 00:00 to Sunday 24:00 (office time).</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>按周或按月统计（官方考核多按月）</source>
        <translation>Report by week or by month (official evaluations are mostly monthly)</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>统计所选一期并生成通报、部门工作单和附表（Ctrl+G）</source>
        <translation>Count the chosen period and generate the bulletin, the department slips and the workbook (Ctrl+G)</translation>
    </message>
    <message>
        <source>把通报 PDF 保存到指定位置，部门工作单和 Excel 附表保存在同一文件夹</source>
        <translation>Save the bulletin PDF where you choose; the department slips and the Excel workbook go into the same folder</translation>
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
        <source>通报</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>部门工作单</source>
        <translation>Department slips</translation>
    </message>
    <message>
        <source>预览和打印哪一份文件</source>
        <translation>Which file to preview and print</translation>
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
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>期限或时间</source>
        <translation>Due or time</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>生成后这里是根据数字起草的点评，可修改后按“按点评重新排版”。</source>
        <translation>After generating, a commentary drafted from the figures appears here; edit it, then press &quot;Lay out with this commentary&quot;.</translation>
    </message>
    <message>
        <source>按点评重新排版</source>
        <translation>Lay out with this commentary</translation>
    </message>
    <message>
        <source>用上面的点评重新生成通报 PDF（不重新统计）</source>
        <translation>Generate the bulletin PDF again with the commentary above (the figures are not counted again)</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>部门指标</source>
        <translation>Department figures</translation>
    </message>
    <message>
        <source>排名图</source>
        <translation>Ranking chart</translation>
    </message>
    <message>
        <source>点评</source>
        <translation>Commentary</translation>
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
        <source>%1 本月，截至现在</source>
        <translation>%1 this month, so far</translation>
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
        <source>正在生成 %1 的通报、部门工作单和附表…</source>
        <translation>Generating the bulletin, department slips and workbook for %1…</translation>
    </message>
    <message>
        <source>通报共 %1 页，超过 %2 页：请精简“点评”，再点“按点评重新排版”。</source>
        <translation>The bulletin has %1 pages, more than %2: shorten the commentary, then click “Lay out with this commentary”.</translation>
    </message>
    <message>
        <source>已生成 %1 的通报、部门工作单和附表</source>
        <translation>Generated the bulletin, department slips and workbook for %1</translation>
    </message>
    <message>
        <source>报告已生成，但无法预览（%1）。</source>
        <translation>The report was generated but cannot be previewed (%1).</translation>
    </message>
    <message>
        <source>%1 · %2 · 共 %3 页 · %4</source>
        <translation>%1 · %2 · %3 pages · %4</translation>
    </message>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>榜单</source>
        <translation>List</translation>
    </message>
    <message>
        <source>综合得分（排名窗口）</source>
        <translation>Score (ranking window)</translation>
    </message>
    <message>
        <source>响应率</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>解决率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>按时报到率</source>
        <translation>On-time acknowledgement</translation>
    </message>
    <message>
        <source>按时办结率</source>
        <translation>On-time resolution</translation>
    </message>
    <message>
        <source>退单率</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <source>重办率</source>
        <translation>Redo rate</translation>
    </message>
    <message>
        <source>回访确认联系率</source>
        <translation>Contact confirmed at callback</translation>
    </message>
    <message>
        <source>期末超期</source>
        <translation>Overdue at period end</translation>
    </message>
    <message>
        <source>红榜</source>
        <translation>Red list</translation>
    </message>
    <message>
        <source>黑榜</source>
        <translation>Black list</translation>
    </message>
    <message>
        <source>全街道</source>
        <translation>Whole street</translation>
    </message>
    <message>
        <source>95% 区间 %1–%2</source>
        <translation>95% interval %1–%2</translation>
    </message>
    <message>
        <source>%1 / %2，95% 区间 %3–%4</source>
        <translation>%1 / %2, 95% interval %3–%4</translation>
    </message>
    <message>
        <source>正在读取 %1 的%2明细…</source>
        <translation>Reading the tickets behind %1&apos;s %2…</translation>
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
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>期末未完成</source>
        <translation>Not done by the period&apos;s end</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>联系过</source>
        <translation>Was contacted</translation>
    </message>
    <message>
        <source>未联系</source>
        <translation>Was not contacted</translation>
    </message>
    <message>
        <source>超时，%1 完成</source>
        <translation>Late, done %1</translation>
    </message>
    <message>
        <source>%1 的%2：计入 %3 件，其中达标 %4（%5）；未达标的排在前面。选中工单在右侧显示详情。</source>
        <translation>%1, %2: %3 counted, %4 met (%5); those that missed come first. Select a ticket to see it on the right.</translation>
    </message>
    <message>
        <source>未能列出明细：%1</source>
        <translation>Could not list the tickets: %1</translation>
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
        <source>超期 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>待重办</source>
        <translation>To redo</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>选中一个部门，查看其超期、督办升级和待重办的工单；选中某项比率，查看计入该比率的工单。选中工单在右侧显示详情。</source>
        <translation>Select a department to see its overdue, escalated and to-redo tickets; select one of its rates to see the tickets that rate counted. Select a ticket to see it on the right.</translation>
    </message>
    <message>
        <source>未解决</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>%1：期末超期 %2 件，督办升级 %3 次，待重办 %4 件。选中工单在右侧显示详情。</source>
        <translation>%1: %2 overdue at the period&apos;s end, %3 escalations, %4 to redo. Select a ticket to see it on the right.</translation>
    </message>
    <message>
        <source>已取消生成周报。</source>
        <translation>Generating the weekly report was cancelled.</translation>
    </message>
    <message>
        <source>通报另存为</source>
        <translation>Save bulletin as</translation>
    </message>
    <message>
        <source>通报、部门工作单和附表已保存到 %1</source>
        <translation>Bulletin, department slips and workbook saved to %1</translation>
    </message>
    <message>
        <source>生成于 %1</source>
        <translation>Made %1</translation>
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
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存到 %1：%2</source>
        <translation>Cannot save to %1: %2</translation>
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
    <name>ResetPasswordDialog</name>
    <message>
        <source>重置密码</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>为 %1（%2）设置新密码。该账户已登录的会话将失效，锁定也一并解除。</source>
        <translation>Set a new password for %1 (%2). The account&apos;s open sessions end and any lockout is lifted.</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>至少 8 个字符</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>下次登录时须修改密码</source>
        <translation>Must change the password at the next login</translation>
    </message>
    <message>
        <source>重置</source>
        <translation>Reset</translation>
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
        <source>登记回头看</source>
        <translation>Record a revisit</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>如：2号楼立管接口无渗漏，水质正常</source>
        <translation>E.g. no leaks at building 2&apos;s riser joints, water quality normal</translation>
    </message>
    <message>
        <source>问题反弹，需要重新整改（项目重新列为待回头看）</source>
        <translation>The problem is back: fix it again (the project is due for a revisit again)</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>请填写回头看发现的情况。</source>
        <translation>Enter what the revisit found.</translation>
    </message>
    <message>
        <source>请填写回头看情况。</source>
        <translation>Please describe what the revisit found.</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>本期没有参与排名的部门。</source>
        <translation>No department is ranked in this period.</translation>
    </message>
    <message>
        <source>综合得分（排名窗口）：横轴自 %1 起；线段为 95% 区间，虚线为全街道</source>
        <translation>Score (ranking window): the axis starts at %1; whiskers are 95% intervals, the dashed line is the whole street</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>办公室设置</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>时长单位：d 天、wd 工作日、h 小时、wh 工作小时。保存时全部检查，有一项不对则都不保存。</source>
        <translation>Durations: d days, wd working days, h hours, wh working hours. Everything is checked on saving; if one value is wrong, nothing is saved.</translation>
    </message>
    <message>
        <source>周报和窗口标题中显示的名称</source>
        <translation>The name shown on the weekly report and in window titles</translation>
    </message>
    <message>
        <source>IANA 时区名，中国大陆为 Asia/Shanghai</source>
        <translation>An IANA time zone name; Asia/Shanghai for mainland China</translation>
    </message>
    <message>
        <source>每天的工作时段，如 09:00-12:00,13:30-17:30；留空为休息日。已派出的派单保留原期限</source>
        <translation>The working periods of each day, e.g. 09:00-12:00,13:30-17:30; empty for a day off. Dispatches already whistled keep their deadlines</translation>
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
        <source>部门办结后，街道在多长时间内核实，如 1wd</source>
        <translation>How soon the office verifies after a department resolves, e.g. 1wd</translation>
    </message>
    <message>
        <source>核实通过后，街道在多长时间内回访，如 2wd</source>
        <translation>How soon the office calls back after a passed verification, e.g. 2wd</translation>
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
        <source>计分方案：指标:权重，逗号分隔，合计为 1；指标可用 response（响应率）、resolution（解决率）、satisfaction（满意率）、acknowledge_on_time（按时报到率）、resolve_on_time（按时办结率），如 response:0.3,resolution:0.35,satisfaction:0.35</source>
        <translation>Scoring scheme: indicator:weight, separated by commas, adding up to 1; indicators: response, resolution, satisfaction, acknowledge_on_time, resolve_on_time, e.g. response:0.3,resolution:0.35,satisfaction:0.35</translation>
    </message>
    <message>
        <source>排名窗口内有效回访少于此数的部门不参加排名，如 30</source>
        <translation>Departments with fewer valid callbacks in the ranking window are not ranked, e.g. 30</translation>
    </message>
    <message>
        <source>排名按最近几周的数据（月报至少按整月），如 4</source>
        <translation>Rank on the data of this many recent weeks (a monthly report uses at least the whole month), e.g. 4</translation>
    </message>
    <message>
        <source>满意率的置信区间整体低于此值的部门列入黑榜，0 到 1，如 0.8</source>
        <translation>Departments whose satisfaction rate interval lies wholly below this go on the black list, 0 to 1, e.g. 0.8</translation>
    </message>
    <message>
        <source>同一地址或电话、同一分类的诉求在多少天内再次出现算重复诉求，如 30；0 为不统计</source>
        <translation>Days within which a complaint of the same category from the same address or phone counts as a repeat, e.g. 30; 0 turns it off</translation>
    </message>
    <message>
        <source>通报事项须在成文后多久内整改反馈，如 3wd</source>
        <translation>Time allowed after the bulletin&apos;s date to correct what it lists, e.g. 3wd</translation>
    </message>
    <message>
        <source>受理时提示可能的重复件：未结案的工单和结案不超过这么多天的工单，如 30</source>
        <translation>Likely repeats shown at intake: open tickets and tickets closed within this many days, e.g. 30</translation>
    </message>
    <message>
        <source>通报的主送单位，如 各承办部门、各社区居委会</source>
        <translation>Main recipients of the bulletin, e.g. all departments and residents&apos; committees</translation>
    </message>
    <message>
        <source>通报的抄送单位，可为空</source>
        <translation>Copy recipients of the bulletin, may be empty</translation>
    </message>
    <message>
        <source>通报的签发人，可为空（留空则打印签名横线）</source>
        <translation>Who signs the bulletin, may be empty (a line to sign is printed)</translation>
    </message>
    <message>
        <source>“基本满意”计入满意率的比重，0 到 1，如 0.9</source>
        <translation>How much “fairly satisfied” counts toward the satisfaction rate, 0 to 1, e.g. 0.9</translation>
    </message>
    <message>
        <source>连续输错几次密码后锁定账户，如 5</source>
        <translation>Lock an account after this many wrong passwords in a row, e.g. 5</translation>
    </message>
    <message>
        <source>本机数据库：电脑时间比最后记录的时间超前多少（工作时间）时，须有人确认后才能写入，如 1wd</source>
        <translation>Local database: how far (in working time) the computer&apos;s clock may run ahead of the last record before a person must confirm it, e.g. 1wd</translation>
    </message>
    <message>
        <source>账户锁定多久后自动解除，如 15</source>
        <translation>How long a lockout lasts before it ends by itself, e.g. 15</translation>
    </message>
    <message>
        <source>多久没有键盘鼠标操作后锁定工作台，如 30</source>
        <translation>Lock the desk after this long without keyboard or mouse input, e.g. 30</translation>
    </message>
    <message>
        <source>每个附件最大多少 MB（1 到 100），如 10</source>
        <translation>The largest attachment in MB (1 to 100), e.g. 10</translation>
    </message>
    <message>
        <source>照片长边超过这么多像素时缩小后保存，如 2560</source>
        <translation>Photos whose longer side has more pixels than this are stored downscaled, e.g. 2560</translation>
    </message>
    <message>
        <source>缩略图长边的像素，如 256</source>
        <translation>The thumbnails&apos; longer side in pixels, e.g. 256</translation>
    </message>
    <message>
        <source>储备项目优先级的评分项:权重，逗号分隔；评分项可用 tickets（工单数）、residents（反映人数）、urgency（紧急程度）、people（受益人数）、cost（人均费用）、votes（票决），如 tickets:1,residents:2,urgency:3,people:1,cost:1,votes:2</source>
        <translation>Terms of a candidate project&apos;s priority score as term:weight, comma-separated; terms: tickets (number of tickets), residents (residents who reported), urgency, people (people affected), cost (cost per person), votes; e.g. tickets:1,residents:2,urgency:3,people:1,cost:1,votes:2</translation>
    </message>
    <message>
        <source>项目验收合格后多少个月进行回头看（1 到 12），如 11</source>
        <translation>Months after a passed acceptance when the project&apos;s revisit is due (1 to 12), e.g. 11</translation>
    </message>
    <message>
        <source>办公室(&amp;O)</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>时限与督办(&amp;D)</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>周报(&amp;R)</source>
        <translation>Weekly &amp;report</translation>
    </message>
    <message>
        <source>账户安全(&amp;S)</source>
        <translation>&amp;Security</translation>
    </message>
    <message>
        <source>附件(&amp;A)</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <source>民生工程(&amp;P)</source>
        <translation>&amp;Projects</translation>
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
    <name>SlipPrinter</name>
    <message>
        <source>找不到中文字体</source>
        <extracomment>Printing renders the page as an image at most this fine. A message for the status bar. The preview is open (tests look at it).</extracomment>
        <translation>No Chinese font found</translation>
    </message>
    <message>
        <source>无法生成派单单</source>
        <translation>Cannot make the dispatch slip</translation>
    </message>
    <message>
        <source>派单单已生成，但无法预览。</source>
        <translation>The dispatch slip was made but cannot be previewed.</translation>
    </message>
    <message>
        <source>派单单 %1</source>
        <translation>Dispatch slip %1</translation>
    </message>
    <message>
        <source>打印派单单 — %1</source>
        <translation>Print dispatch slip — %1</translation>
    </message>
    <message>
        <source>显示完整电话</source>
        <translation>Show full phone number</translation>
    </message>
    <message>
        <source>派单单默认隐去反映人电话的中间四位；保密工单的反映人始终不显示</source>
        <translation>By default the dispatch slip hides the middle four digits of the reporter&apos;s phone; the reporter of a confidential ticket is never shown</translation>
    </message>
    <message>
        <source>工单 %1 的派单单已生成，请在预览中打印</source>
        <translation>The dispatch slip of ticket %1 is ready; print it from the preview</translation>
    </message>
</context>
<context>
    <name>StandardPanel</name>
    <message>
        <source>正在读取分类“%1”的立结案标准…</source>
        <translation>Reading the standard of category “%1”…</translation>
    </message>
    <message>
        <source>（未规定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>（沿用%1）</source>
        <translation>(from %1)</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>Assisting departments</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>立案条件</source>
        <translation>Acceptance criteria</translation>
    </message>
    <message>
        <source>结案条件</source>
        <translation>Closing criteria</translation>
    </message>
    <message>
        <source>办结照片</source>
        <translation>Resolution photo</translation>
    </message>
    <message>
        <source>须附处置后照片</source>
        <translation>An &quot;after&quot; photo is required</translation>
    </message>
    <message>
        <source>立结案标准</source>
        <translation>Category standards</translation>
    </message>
    <message>
        <source>无法读取立结案标准：%1</source>
        <translation>Cannot read the category standard: %1</translation>
    </message>
</context>
<context>
    <name>StandardsWindow</name>
    <message>
        <source>大类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>小类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>细类</source>
        <translation>Sub-subcategory</translation>
    </message>
    <message>
        <source>立结案标准</source>
        <extracomment>The node&apos;s inherited standard arrived (the editor&apos;s placeholders are filled).</extracomment>
        <translation>Category standards</translation>
    </message>
    <message>
        <source>三级分类（大类 → 小类 → 细类）及其主办、协办部门、立案条件、结案条件和时限。留空的项沿用上级分类；时限留空沿用上级，最上层沿用紧急程度的默认时限。</source>
        <translation>Three-level categories (category → subcategory → sub-subcategory) with their lead and assisting departments, acceptance criteria, closing criteria and time limits. Empty fields inherit from the parent category; empty time limits inherit from the parent, and at the top from the urgency&apos;s defaults.</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>请在左侧选择一个分类</source>
        <translation>Choose a category on the left</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>Assisting departments</translation>
    </message>
    <message>
        <source>立案条件</source>
        <translation>Acceptance criteria</translation>
    </message>
    <message>
        <source>结案条件</source>
        <translation>Closing criteria</translation>
    </message>
    <message>
        <source>是：须附处置后照片</source>
        <translation>Yes: an &quot;after&quot; photo is required</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>办结照片</source>
        <translation>Resolution photo</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Report in</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>特急</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>如 30m、4h、2d（自然时）或 2wh、3wd（工作时）；一个紧急程度的三项都填或都留空。</source>
        <translation>For example 30m, 4h, 2d (natural time) or 2wh, 3wd (working time); fill in all three of an urgency or none.</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>新增大类…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <source>新增下级(&amp;A)…</source>
        <translation>&amp;Add child…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>沿用上级：%1</source>
        <translation>Inherited from the parent: %1</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>（沿用上级）</source>
        <translation>(inherited from the parent)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>（沿用上级：%1）</source>
        <translation>(inherited from the parent: %1)</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>不勾选则沿用上级：%1</source>
        <translation>Leave unchecked to inherit from the parent: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>不勾选则没有预设的协办部门</source>
        <translation>Leave unchecked for no preset assisting departments</translation>
    </message>
    <message>
        <source>留空沿用上级：%1</source>
        <translation>Leave empty to inherit from the parent: %1</translation>
    </message>
    <message>
        <source>须附</source>
        <translation>required</translation>
    </message>
    <message>
        <source>不要求</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>已保存“%1”的立结案标准。</source>
        <translation>The standard of “%1” was saved.</translation>
    </message>
    <message>
        <source>已新增“%1”。</source>
        <translation>“%1” added.</translation>
    </message>
    <message>
        <source>停用分类</source>
        <translation>Deactivate category</translation>
    </message>
    <message>
        <source>停用“%1”将同时停用它的全部下级分类。已有工单保留原分类。继续吗？</source>
        <translation>Deactivating “%1” also deactivates all of its subcategories. Existing tickets keep their category. Continue?</translation>
    </message>
    <message>
        <source>已启用“%1”。</source>
        <translation>“%1” activated.</translation>
    </message>
    <message>
        <source>已停用“%1”。</source>
        <translation>“%1” deactivated.</translation>
    </message>
    <message>
        <source>导出立结案标准</source>
        <translation>Export category standards</translation>
    </message>
    <message>
        <source>立结案标准.xlsx</source>
        <translation>category-standards.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>导入立结案标准</source>
        <translation>Import category standards</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx *.xls)</source>
        <translation>Excel workbook (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>……共 %1 行有误</source>
        <translation>… %1 rows in all have errors</translation>
    </message>
    <message>
        <source>有 %1 行不符合要求，未导入任何内容。请修改后重新导入：</source>
        <translation>%1 rows are not valid; nothing was imported. Correct them and import again:</translation>
    </message>
    <message>
        <source>已导入 %1 行：新增 %2，更新 %3，未变 %4。</source>
        <translation>%1 rows imported: %2 new, %3 updated, %4 unchanged.</translation>
    </message>
</context>
<context>
    <name>SummonsPage</name>
    <message>
        <source>项目节点</source>
        <translation>Project milestones</translation>
    </message>
    <message>
        <source>本部门被召集参加的民生工程项目节点：先报到，再按计划完成。主办节点完成时可附照片或文件。</source>
        <translation>The project milestones your department is summoned to: report in first, then finish them as planned. When your department leads a milestone, attach photos or documents as you mark it done.</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Report in</translation>
    </message>
    <message>
        <source>完成节点…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <source>显示已完成</source>
        <translation>Show finished</translation>
    </message>
    <message>
        <source>本部门暂无待办的项目节点。</source>
        <translation>Your department has no open project milestones.</translation>
    </message>
    <message>
        <source>只有主办部门可以完成节点</source>
        <translation>Only the lead department can mark a milestone done</translation>
    </message>
    <message>
        <source>已为节点“%1”报到</source>
        <translation>Reported in for milestone “%1”</translation>
    </message>
    <message>
        <source>节点“%1”已完成</source>
        <translation>Milestone “%1” marked done</translation>
    </message>
</context>
<context>
    <name>SupervisionPages</name>
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
        <source>催办</source>
        <extracomment>{nav key: unhandled count}, {nav key: tooltip}. A page&apos;s highlighted row: (the page, its ticket number or &quot;&quot;, its dispatch id or 0). An action on a page went through (a status message): everything should refresh. Escalations newer than any seen before (not at the first load). A message for the status bar (a load failed). The navigation&apos;s names of the pages.</extracomment>
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
        <source>待处理 %1 项，共 %2 项</source>
        <extracomment>nav key -&gt; page Newest escalation id seen, for &quot;something escalated&quot; notices (None until the first load).</extracomment>
        <translation>%1 open, %2 in all</translation>
    </message>
</context>
<context>
    <name>SurveyResponseDialog</name>
    <message>
        <source>录入测评答卷</source>
        <translation>Record a survey response</translation>
    </message>
    <message>
        <source>居民满意度测评：每份答卷须回答全部题目。</source>
        <translation>Residents&apos; satisfaction survey: each response answers every question.</translation>
    </message>
    <message>
        <source>受访人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>如：3号楼住户、居民代表</source>
        <translation>E.g. resident of building 3, residents&apos; representative</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>录入</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>请填写受访人。</source>
        <translation>Enter the respondent.</translation>
    </message>
    <message>
        <source>请选择答案。</source>
        <translation>Choose an answer.</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>新建工单</source>
        <extracomment>The actions, in toolbar order. &quot;verify&quot; covers 核实 and 回访 (verify / record_callback). Actions that apply to the dispatch selected in the detail pane (resume acts on a suspended dispatch). The toolbar&apos;s groups (a separator between two). Detail of the wanted ticket arrived (or None). A message for the status bar. Something changed (an action went through, a repeat was linked, an attachment added): views refresh. A new ticket was accepted: the queue highlights it (in 待派 if not in the queue on screen). Someone else changed this ticket first: the queue reads it again and stays with it. The id of the ticket the detail pane and the toolbar are about, once known (None: no ticket). What the page on screen has highlighted: a ticket id (the table), a number (a supervision page&apos;s row) or None. The detail pane shows it and the toolbar acts on it, never on anything else.</extracomment>
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
        <source>%1（%2）</source>
        <extracomment>Each action&apos;s tooltip and status tip when nothing is in the way (a merged child&apos;s say why not).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>打印派单单…</source>
        <extracomment>打印派单单 of the ticket shown (every role: a department signs for its slip).</extracomment>
        <translation>Print dispatch slip…</translation>
    </message>
    <message>
        <source>打印所选工单的派单单（一页 A4，含各部门时限和签收栏）（Ctrl+P）</source>
        <translation>Print the dispatch slip of the selected ticket (one A4 page with each department&apos;s deadlines and a signature box) (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印所选工单的派单单</source>
        <translation>Print the dispatch slip of the selected ticket</translation>
    </message>
    <message>
        <source>待分类：请先编辑工单、选定分类，再吹哨派单</source>
        <translation>Unclassified: edit the ticket and choose a category before whistling</translation>
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
        <source>工单 %1 已回访并结案</source>
        <translation>Ticket %1 called back and closed</translation>
    </message>
    <message>
        <source>工单 %1 已登记回访，但未能结案：%2</source>
        <translation>Ticket %1: callback recorded, but it could not be closed: %2</translation>
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
        <source>%1。注意：%2 的办结时限晚于 12345 承诺完成时间 %3</source>
        <translation>%1. Note: %2 is due to resolve after the 12345 promised completion time %3</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>正在生成工单 %1 的派单单…</source>
        <translation>Making the dispatch slip of ticket %1…</translation>
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
        <source>诉求类型</source>
        <translation>Request type</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>12345工单号</source>
        <translation>12345 no.</translation>
    </message>
    <message>
        <source>来自 12345 热线的工单填写其编号，可不填</source>
        <translation>For a ticket from the 12345 hotline, its number there; optional</translation>
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
        <source>输入可筛选，从列表中选择</source>
        <translation>Type to filter, then choose from the list</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
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
        <source>回复方式</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>保密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>反映人要求保密（姓名和电话只有受理员、督办员能看到）</source>
        <translation>The reporter asks for confidentiality (only clerks and supervisors see the name and phone)</translation>
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
        <source>在地图上标注…</source>
        <translation>Mark on the map…</translation>
    </message>
    <message>
        <source>在社区地图上单击问题所在的位置，或输入坐标；没有位置的工单只计入社区</source>
        <translation>Click where the problem is on the community map, or type coordinates; a ticket without a location is only counted at its community</translation>
    </message>
    <message>
        <source>清除位置</source>
        <translation>Clear location</translation>
    </message>
    <message>
        <source>未标注（只计入社区）</source>
        <translation>Not marked (counted at its community only)</translation>
    </message>
    <message>
        <source>经度 %1，纬度 %2</source>
        <translation>Longitude %1, latitude %2</translation>
    </message>
    <message>
        <source>工单“%1”的位置</source>
        <translation>Location of ticket &quot;%1&quot;</translation>
    </message>
    <message>
        <source>新工单</source>
        <translation>new ticket</translation>
    </message>
    <message>
        <source>保密工单的反映人信息只有受理员、督办员能看到和修改</source>
        <translation>Only clerks and supervisors can see and change the reporter details of a confidential ticket</translation>
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
        <extracomment>attribute of TicketSummary the façade&apos;s sort key, or None when the column cannot be sorted The direction a column sorts in when its header is first clicked: the most pressing or newest first.</extracomment>
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
    <message>
        <source>诉求类型</source>
        <translation>Request type</translation>
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
        <source>承办部门联系过：%1</source>
        <translation>Contacted by the department: %1</translation>
    </message>
    <message>
        <source>未询问</source>
        <translation>Not asked</translation>
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
        <source>%1申请未审核即关闭</source>
        <translation>%1 request closed without a decision</translation>
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
    <name>UsersTableModel</name>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>连续输错</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>自上次成功登录以来连续输错密码 %1 次</source>
        <translation>%1 wrong passwords in a row since the last successful login</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <source>用户管理</source>
        <extracomment>The accounts (and departments) arrived. An account was changed: a message for the status bar.</extracomment>
        <translation>Users</translation>
    </message>
    <message>
        <source>筛选用户名、姓名或部门</source>
        <translation>Filter by username, name or department</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>新建用户…</source>
        <translation>New User…</translation>
    </message>
    <message>
        <source>开设新账户</source>
        <translation>Create a new account</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset Password…</translation>
    </message>
    <message>
        <source>为忘记密码的用户设置临时密码</source>
        <translation>Set a temporary password for someone who forgot theirs</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>停用或重新启用所选账户</source>
        <translation>Disable or re-enable the selected account</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>解除因多次输错密码造成的锁定</source>
        <translation>Lift the lockout after too many wrong passwords</translation>
    </message>
    <message>
        <source>更改角色…</source>
        <translation>Change Role…</translation>
    </message>
    <message>
        <source>更改所选账户的角色和部门</source>
        <translation>Change the role and department of the selected account</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新读取用户列表</source>
        <translation>Read the list of users again</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>共 %1 个账户</source>
        <translation>%1 accounts</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>已新建用户 %1</source>
        <translation>User %1 created</translation>
    </message>
    <message>
        <source>已为 %1 重置密码，下次登录时须修改密码</source>
        <translation>Password of %1 reset; it must be changed at the next login</translation>
    </message>
    <message>
        <source>已为 %1 重置密码</source>
        <translation>Password of %1 reset</translation>
    </message>
    <message>
        <source>已将 %1 的角色改为%2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <source>停用账户</source>
        <translation>Disable Account</translation>
    </message>
    <message>
        <source>停用 %1（%2）？
停用后该账户不能再登录，已登录的会话立即失效；工单记录保留。</source>
        <translation>Disable %1 (%2)?
The account can no longer log in and its open sessions end at once; its ticket records are kept.</translation>
    </message>
    <message>
        <source>启用账户</source>
        <translation>Enable Account</translation>
    </message>
    <message>
        <source>重新启用 %1（%2）？启用后该账户可以用原密码登录。</source>
        <translation>Enable %1 (%2) again? The account can then log in with its old password.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已启用 %1</source>
        <translation>%1 enabled</translation>
    </message>
    <message>
        <source>已停用 %1</source>
        <translation>%1 disabled</translation>
    </message>
    <message>
        <source>已解除 %1 的锁定</source>
        <translation>%1 unlocked</translation>
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
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>未询问</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>问反映人：承办部门（工作人员）是否联系过您？</source>
        <translation>Ask the resident: did the department (its staff) contact you?</translation>
    </message>
    <message>
        <source>承办部门联系过您吗</source>
        <translation>Did the department contact you?</translation>
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
        <source>回访后即结案</source>
        <extracomment>结案 in the same step (a ticket whose callback is recorded does not linger as 待回访); offered while the ticket waits for verification or a callback, checked when the resident was reached.</extracomment>
        <translation>Close the ticket after the callback</translation>
    </message>
    <message>
        <source>不满意需重办的，取消勾选，回访后再选择“重办”</source>
        <translation>If the resident is not satisfied and it must be handled again, untick this and choose &quot;Reopen&quot; after the callback</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>提交</source>
        <extracomment>Set by the call: whether 结案 went through, or why not (the callback was recorded all the same).</extracomment>
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
    <name>VoteDialog</name>
    <message>
        <source>记录票决</source>
        <translation>Record a vote</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>如：幸福社区居民议事会</source>
        <translation>e.g. Xingfu community residents&apos; council</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>投票人（姓名或身份，如“3号楼代表”），用顿号或逗号分隔</source>
        <translation>Voters (names or roles, such as “building 3 representative”), separated by commas</translation>
    </message>
    <message>
        <source>投票</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>共 %1 票：</source>
        <translation>%1 vote(s): </translation>
    </message>
    <message>
        <source>请至少录入一票。</source>
        <translation>Please enter at least one vote.</translation>
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
        <source>12345 承诺完成时间 %1</source>
        <translation>12345 promised completion time %1</translation>
    </message>
    <message>
        <source>注意：按分类“%1”的办结时限，本次派单将于 %2 到期，晚于 12345 承诺完成时间 %3。请在派单说明中写明须在承诺时间前办结，或与部门商定。</source>
        <translation>Note: by the resolution time limit of category “%1” this dispatch will be due %2, later than the 12345 promised completion time %3. Ask in the dispatch note for it to be resolved before the promised time, or agree on it with the department.</translation>
    </message>
    <message>
        <source>12345 承诺完成时间 %1；本次派单将于 %2 到期，在承诺时间之前。</source>
        <translation>12345 promised completion time %1; this dispatch will be due %2, before the promised time.</translation>
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
    <name>WorkWeekEdit</name>
    <message>
        <source>休息</source>
        <extracomment>The tabs of 办公室设置 and the settings on each (every key of desk.settings.SETTINGS).</extracomment>
        <translation>Day off</translation>
    </message>
    <message>
        <source>周%1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>_MoneyDialog</name>
    <message>
        <source>请填写金额（单位万元），如 120 或 85.5。</source>
        <translation>Enter an amount (in 10,000 yuan), e.g. 120 or 85.5.</translation>
    </message>
    <message>
        <source>请填写数字（单位万元），如 120 或 85.5。</source>
        <translation>Enter a number (in 10,000 yuan), e.g. 120 or 85.5.</translation>
    </message>
    <message>
        <source>金额最多精确到分（万元后六位小数）。</source>
        <translation>An amount is exact to the fen at most (six decimals of 10,000 yuan).</translation>
    </message>
    <message>
        <source>金额不能为负数。</source>
        <translation>The amount cannot be negative.</translation>
    </message>
</context>
<context>
    <name>_ProjectForm</name>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>如：幸福里老旧供水管网改造</source>
        <translation>e.g. renewal of the old water pipes of Xingfuli</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>可不填；输入可筛选</source>
        <translation>Optional; type to filter</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>安全底线</source>
        <translation>Safety bottom line</translation>
    </message>
    <message>
        <source>涉及安全底线（燃气、消防、房屋安全等）：排在所有项目之前</source>
        <translation>Touches the safety bottom line (gas, fire, building safety…): ranks above every other project</translation>
    </message>
    <message>
        <source>受益人数</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>估算费用（万元）</source>
        <translation>Estimated cost (10,000 yuan)</translation>
    </message>
    <message>
        <source>可不填，如 120 或 85.5</source>
        <translation>Optional, e.g. 120 or 85.5</translation>
    </message>
    <message>
        <source>项目说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>要解决的问题、建设内容、范围</source>
        <translation>The problem to solve, the works and their extent</translation>
    </message>
    <message>
        <source>请填写数字（单位万元），如 120 或 85.5。</source>
        <translation>Please enter a number (in 10,000 yuan), e.g. 120 or 85.5.</translation>
    </message>
    <message>
        <source>估算费用最多精确到分（万元后六位小数）。</source>
        <translation>The estimated cost is exact to the fen at most (six decimals of 10,000 yuan).</translation>
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
        <source>已建立</source>
        <translation>Built</translation>
    </message>
    <message>
        <source>未建立，搜索会逐条查找、较慢（%1）</source>
        <translation>Not built: searches read every ticket and are slow (%1)</translation>
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
        <source>搜索索引</source>
        <translation>Search index</translation>
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
    <name>accounts</name>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>锁定至 %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>须改密码</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>（请选择部门）</source>
        <translation>(choose a department)</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>部门联络员必须属于一个部门；其他角色不属于部门</source>
        <translation>A department responder belongs to one department; other roles belong to none</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter the password.</translation>
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
        <extracomment>QSettings key of the user&apos;s choice: &quot;zh_CN&quot;, &quot;en&quot; or &quot;system&quot;. Environment variable that decides the language when nothing was chosen in the menu (&quot;zh_CN&quot; or &quot;en&quot;). Every translator installed by :func:`install_language` (references keep them alive). The language installed last (None before the first install). The lupdate context of the core&apos;s messages (see tools/update_translations.py).</extracomment>
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
        <extracomment>The forced password change after logging in with a password an administrator set.</extracomment>
        <translation>Problem with the environment</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>工单</source>
        <extracomment>The dispatch states in which a responder may still attach (the core&apos;s rule; the menu only reflects it).</extracomment>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>处置前</source>
        <translation>before</translation>
    </message>
    <message>
        <source>处置后</source>
        <translation>after</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>other</translation>
    </message>
    <message>
        <source>工单 · 受理（反映人提供的照片）</source>
        <extracomment>A place to attach to: (label, dispatch id or None, step, kind).</extracomment>
        <translation>Ticket · intake (photos from the resident)</translation>
    </message>
    <message>
        <source>%1 · 办结 · 处置后</source>
        <translation>%1 · resolution · after</translation>
    </message>
    <message>
        <source>%1 · 办结 · 处置前</source>
        <translation>%1 · resolution · before</translation>
    </message>
    <message>
        <source>%1 · 响应（现场）</source>
        <translation>%1 · response (on site)</translation>
    </message>
    <message>
        <source>附照片…</source>
        <translation>Attach photos…</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>处置后照片，随办结一并提交</source>
        <translation>&quot;After&quot; photos, submitted together with the resolution</translation>
    </message>
    <message>
        <source>附处置后照片</source>
        <translation>Attach photos after the work</translation>
    </message>
    <message>
        <source>照片和 PDF (%1)</source>
        <translation>Photos and PDF (%1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>将随办结附上：%1</source>
        <translation>Will be attached with the resolution: %1</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>auditlog</name>
    <message>
        <source>登录</source>
        <extracomment>Kinds shown in red in the table: an attempt that failed or a lock. Fields whose values are durations (1wd, 2h …). Fields shown before the others (the rest keep their stored, alphabetical order).</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>解锁屏幕</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>解锁失败</source>
        <translation>Unlock failed</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>修改密码失败</source>
        <translation>Password change failed</translation>
    </message>
    <message>
        <source>创建首个管理员</source>
        <translation>First administrator created</translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>启用用户</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>修改角色和部门</source>
        <translation>Role and department changed</translation>
    </message>
    <message>
        <source>新增部门</source>
        <translation>Department added</translation>
    </message>
    <message>
        <source>部门改名</source>
        <translation>Department renamed</translation>
    </message>
    <message>
        <source>停用部门</source>
        <translation>Department disabled</translation>
    </message>
    <message>
        <source>启用部门</source>
        <translation>Department enabled</translation>
    </message>
    <message>
        <source>新增分类</source>
        <translation>Category added</translation>
    </message>
    <message>
        <source>分类改名</source>
        <translation>Category renamed</translation>
    </message>
    <message>
        <source>设置默认主办部门</source>
        <translation>Default lead department set</translation>
    </message>
    <message>
        <source>停用分类</source>
        <translation>Category disabled</translation>
    </message>
    <message>
        <source>启用分类</source>
        <translation>Category enabled</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>修改时限标准</source>
        <translation>Time limits changed</translation>
    </message>
    <message>
        <source>修改日历</source>
        <translation>Calendar day changed</translation>
    </message>
    <message>
        <source>导入日历</source>
        <translation>Calendar imported</translation>
    </message>
    <message>
        <source>载入法定节假日</source>
        <translation>Public holidays loaded</translation>
    </message>
    <message>
        <source>确认本机时间</source>
        <translation>Clock confirmed</translation>
    </message>
    <message>
        <source>新增社区</source>
        <translation>Community added</translation>
    </message>
    <message>
        <source>社区改名</source>
        <translation>Community renamed</translation>
    </message>
    <message>
        <source>停用社区</source>
        <translation>Community disabled</translation>
    </message>
    <message>
        <source>启用社区</source>
        <translation>Community enabled</translation>
    </message>
    <message>
        <source>导入 12345 工单</source>
        <translation>Import 12345 work orders</translation>
    </message>
    <message>
        <source>修改导入列名</source>
        <translation>Edit import column names</translation>
    </message>
    <message>
        <source>修改列映射</source>
        <translation>Edit column mapping</translation>
    </message>
    <message>
        <source>修改分类映射</source>
        <translation>Edit category mapping</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>连续密码错误次数</source>
        <translation>Failed passwords in a row</translation>
    </message>
    <message>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>须修改密码</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>默认主办部门</source>
        <translation>Default lead department</translation>
    </message>
    <message>
        <source>涉及工单数</source>
        <translation>Tickets affected</translation>
    </message>
    <message>
        <source>日期类型</source>
        <translation>Day type</translation>
    </message>
    <message>
        <source>日期数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>新增日期数</source>
        <translation>Days added</translation>
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
        <source>密码错误</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>用户名不存在</source>
        <translation>Unknown user name</translation>
    </message>
    <message>
        <source>账户已锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>账户已停用</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>事件被修改</source>
        <translation>event edited</translation>
    </message>
    <message>
        <source>事件被删除</source>
        <translation>event deleted</translation>
    </message>
    <message>
        <source>事件被插入</source>
        <translation>event inserted</translation>
    </message>
    <message>
        <source>事件被重新编号</source>
        <translation>event renumbered</translation>
    </message>
    <message>
        <source>链尾记录缺失</source>
        <translation>chain head record missing</translation>
    </message>
    <message>
        <source>只追加触发器缺失</source>
        <translation>append-only triggers missing</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>工作日历：%1</source>
        <translation>Working calendar: %1</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <source>时限标准：%1 · %2</source>
        <translation>Time limits: %1 · %2</translation>
    </message>
    <message>
        <source>设置：%1</source>
        <translation>Setting: %1</translation>
    </message>
    <message>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>部门：%1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>分类：%1</source>
        <translation>Category: %1</translation>
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
        <source>不足 1 分钟</source>
        <translation>under 1 min</translation>
    </message>
    <message>
        <source>%1 个工作日</source>
        <translation>%1 workday(s)</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 %2 小时</source>
        <translation>%1 %2 h</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>时限颜色：绿色 正常；黄色 预警（时限已过 %1%）；红色 超期；灰色 已挂起（暂停计时）。特急等按自然时间计的时限显示钟点，其余按工作日和工作小时计。</source>
        <translation>Deadline colours: green, on time; amber, warning (%1% of the time limit has passed); red, overdue; grey, suspended (clock stopped). Time limits counted in clock time, such as for emergencies, show hours and minutes; the others count working days and working hours.</translation>
    </message>
    <message>
        <source>按工作日和工作小时计（节假日和非工作时间不计）</source>
        <translation>Counted in working days and working hours (public holidays and non-working time excluded)</translation>
    </message>
    <message>
        <source>按自然时间计（含夜间和节假日）</source>
        <translation>Counted in clock time (nights and public holidays included)</translation>
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
    <name>desk</name>
    <message>
        <source>该账户因多次密码错误已被锁定，请于 {time} 后再试，或请管理员解除锁定。</source>
        <translation>This account is locked after too many wrong passwords. Try again after {time}, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>密码必须是文字。</source>
        <translation>The password must be text.</translation>
    </message>
    <message>
        <source>密码至少需要 {count} 个字符。</source>
        <translation>The password needs at least {count} characters.</translation>
    </message>
    <message>
        <source>密码过长（最多 {count} 个字符）。</source>
        <translation>The password is too long (at most {count} characters).</translation>
    </message>
    <message>
        <source>密码不能以空格开头或结尾，也不能含有非法字符。</source>
        <translation>The password may not start or end with a space or contain invalid characters.</translation>
    </message>
    <message>
        <source>用户名须以字母开头，由 2–32 个小写字母、数字、点、下划线或连字符组成。</source>
        <translation>The username must start with a letter and have 2–32 lowercase letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>部门联络员必须指定所属部门。</source>
        <translation>A department responder must belong to a department.</translation>
    </message>
    <message>
        <source>显示名称必须是文字。</source>
        <translation>The display name must be text.</translation>
    </message>
    <message>
        <source>显示名称过长（最多 64 个字符）。</source>
        <translation>The display name is too long (at most 64 characters).</translation>
    </message>
    <message>
        <source>显示名称含有非法字符。</source>
        <translation>The display name contains invalid characters.</translation>
    </message>
    <message>
        <source>用户名 {username} 已存在。</source>
        <translation>The username {username} already exists.</translation>
    </message>
    <message>
        <source>找不到用户 {name}。</source>
        <translation>No user {name}.</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>密码不正确。</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>请选择是或否。</source>
        <translation>Please choose yes or no.</translation>
    </message>
    <message>
        <source>请选择停用或启用。</source>
        <translation>Please choose disable or enable.</translation>
    </message>
    <message>
        <source>不能修改自己的角色或部门，请让另一位管理员修改。</source>
        <translation>You cannot change your own role or department; ask another administrator.</translation>
    </message>
    <message>
        <source>这是最后一个可登录的管理员账户，不能改为其他角色。</source>
        <translation>This is the last administrator account that can log in; its role cannot be changed.</translation>
    </message>
    <message>
        <source>未知角色：{role}（可选 clerk、supervisor、responder、admin）。</source>
        <translation type="vanished">Unknown role: {role} (choose clerk, supervisor, responder or admin).</translation>
    </message>
    <message>
        <source>部门名称必须是文字。</source>
        <translation>The department name must be text.</translation>
    </message>
    <message>
        <source>未知部门：{name}</source>
        <translation>Unknown department: {name}</translation>
    </message>
    <message>
        <source>部门 {name} 已停用。</source>
        <translation>The department {name} is disabled.</translation>
    </message>
    <message>
        <source>该账户已停用，请联系管理员。</source>
        <translation>This account is disabled. Please contact an administrator.</translation>
    </message>
    <message>
        <source>不能停用自己的账户。</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>这是最后一个可登录的管理员账户，不能停用。</source>
        <translation>This is the last administrator account that can log in; it cannot be disabled.</translation>
    </message>
    <message>
        <source>连续 {count} 次密码错误</source>
        <translation>{count} wrong passwords in a row</translation>
    </message>
    <message>
        <source>（{at} {kind}）</source>
        <translation>({kind}, {at})</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>Status changed</translation>
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
        <source>超期升级</source>
        <translation>Overdue escalation</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>解锁屏幕</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>解锁失败</source>
        <translation>Unlock failed</translation>
    </message>
    <message>
        <source>修改密码失败</source>
        <translation>Password change failed</translation>
    </message>
    <message>
        <source>创建首个管理员</source>
        <translation>First administrator created</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>启用用户</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>修改角色和部门</source>
        <translation>Role and department changed</translation>
    </message>
    <message>
        <source>停用部门</source>
        <translation>Department disabled</translation>
    </message>
    <message>
        <source>启用部门</source>
        <translation>Department enabled</translation>
    </message>
    <message>
        <source>停用分类</source>
        <translation>Category disabled</translation>
    </message>
    <message>
        <source>启用分类</source>
        <translation>Category enabled</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>修改日历</source>
        <translation>Calendar day changed</translation>
    </message>
    <message>
        <source>导入日历</source>
        <translation>Calendar imported</translation>
    </message>
    <message>
        <source>载入法定节假日</source>
        <translation>Public holidays loaded</translation>
    </message>
    <message>
        <source>新增社区</source>
        <translation>Add community</translation>
    </message>
    <message>
        <source>社区改名</source>
        <translation>Rename community</translation>
    </message>
    <message>
        <source>停用社区</source>
        <translation>Community disabled</translation>
    </message>
    <message>
        <source>启用社区</source>
        <translation>Community enabled</translation>
    </message>
    <message>
        <source>（{at} {kind}，工单 #{ticket}）</source>
        <translation>({kind}, {at}, ticket #{ticket})</translation>
    </message>
    <message>
        <source>（{at} {kind}，{subject}）</source>
        <translation>({kind}, {at}, {subject})</translation>
    </message>
    <message>
        <source>事件 id {event_id}（{kind}）不在链中：是绕过本程序插入的。</source>
        <translation>Event id {event_id} ({kind}) is not in the chain: it was inserted behind the application&apos;s back.</translation>
    </message>
    <message>
        <source>缺少链尾记录（audit_head）：无法确认最新的事件是否被删除。</source>
        <translation>The record of the chain&apos;s end (audit_head) is missing: there is no telling whether the newest events were deleted.</translation>
    </message>
    <message>
        <source>事件全部缺失（被删除）：链尾记录为第 {head} 条，表中已没有任何事件。</source>
        <translation>All events are missing (deleted): the chain&apos;s end is recorded as event {head}, but the table has none left.</translation>
    </message>
    <message>
        <source>第 {seq} 条事件缺失（被删除）：在第 {before} 条{before_event}与第 {after} 条（事件 id {event_id}）{after_event}之间。</source>
        <translation>Event {seq} is missing (deleted): it was between event {before} {before_event} and event {after} (id {event_id}) {after_event}.</translation>
    </message>
    <message>
        <source>第 {seq} 条事件的 id {event_id} 不在前一条（id {previous_id}）之后：事件被重新编号。</source>
        <translation>Event {seq} has id {event_id}, which does not follow the previous event&apos;s id {previous_id}: events were renumbered.</translation>
    </message>
    <message>
        <source>第 {seq} 条事件（id {event_id}）{event}在记录的链尾（第 {head} 条）之后：是绕过本程序插入的。</source>
        <translation>Event {seq} (id {event_id}) {event} lies beyond the recorded end of the chain (event {head}): it was inserted behind the application&apos;s back.</translation>
    </message>
    <message>
        <source>最新的第 {seq} 条事件缺失（被删除）：链尾记录为第 {head} 条，表中只到第 {end} 条{end_event}。</source>
        <translation>The newest event, {seq}, is missing (deleted): the chain&apos;s end is recorded as event {head}, but the table stops at event {end} {end_event}.</translation>
    </message>
    <message>
        <source>最新的第 {first}–{last} 条事件缺失（被删除）：链尾记录为第 {head} 条，表中只到第 {end} 条{end_event}。</source>
        <translation>The newest events, {first}–{last}, are missing (deleted): the chain&apos;s end is recorded as event {head}, but the table stops at event {end} {end_event}.</translation>
    </message>
    <message>
        <source>第 {seq} 条事件与链尾记录的哈希不符：事件或链尾记录被修改过。</source>
        <translation>Event {seq} does not match the hash recorded for the chain&apos;s end: the event or that record was changed.</translation>
    </message>
    <message>
        <source>第 {first}–{last} 条事件缺失（被删除）：在第 {before} 条{before_event}与第 {after} 条（事件 id {event_id}）{after_event}之间。</source>
        <translation>Events {first}–{last} are missing (deleted): they were between event {before} {before_event} and event {after} (id {event_id}) {after_event}.</translation>
    </message>
    <message>
        <source>第 {seq} 条位置重复：事件 id {event_id}{event}是插入的。</source>
        <translation>Place {seq} in the chain is taken twice: event id {event_id} {event} was inserted.</translation>
    </message>
    <message>
        <source>第 {seq} 条事件（id {event_id}）{event}的内容与哈希不符：该事件被修改过（或是伪造后插入的）。</source>
        <translation>Event {seq} (id {event_id}) {event} does not match its hash: it was changed (or forged and inserted).</translation>
    </message>
    <message>
        <source>第 {seq} 条事件缺失（被删除）：在第 {after} 条（事件 id {event_id}）{after_event}之前。</source>
        <translation>Event {seq} is missing (deleted): it came before event {after} (id {event_id}) {after_event}.</translation>
    </message>
    <message>
        <source>未知角色：{role}（可选 clerk、supervisor、responder、admin、project_manager、observer）。</source>
        <translation>Unknown role: {role} (choose clerk, supervisor, responder, admin, project_manager or observer).</translation>
    </message>
    <message>
        <source>合并重复件</source>
        <translation>merge repeats</translation>
    </message>
    <message>
        <source>拆分重复件</source>
        <translation>split a repeat</translation>
    </message>
    <message>
        <source>忽略重复件建议</source>
        <translation>dismiss a repeat proposal</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>删除附件</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>移动分类</source>
        <translation>Move category</translation>
    </message>
    <message>
        <source>修改立结案标准</source>
        <translation>Change category standard</translation>
    </message>
    <message>
        <source>导入立结案标准</source>
        <translation>Import category standards</translation>
    </message>
    <message>
        <source>12345 导入</source>
        <translation>12345 import</translation>
    </message>
    <message>
        <source>12345 平台更新</source>
        <translation>12345 platform update</translation>
    </message>
    <message>
        <source>导入 12345 工单</source>
        <translation>Import 12345 work orders</translation>
    </message>
    <message>
        <source>修改导入列名</source>
        <translation>Edit import column names</translation>
    </message>
    <message>
        <source>修改列映射</source>
        <translation>Edit column mapping</translation>
    </message>
    <message>
        <source>修改分类映射</source>
        <translation>Edit category mapping</translation>
    </message>
    <message>
        <source>新建储备项目</source>
        <translation>create a candidate project</translation>
    </message>
    <message>
        <source>修改项目</source>
        <translation>edit a project</translation>
    </message>
    <message>
        <source>修改项目关联工单</source>
        <translation>change a project&apos;s tickets</translation>
    </message>
    <message>
        <source>项目票决</source>
        <translation>project vote</translation>
    </message>
    <message>
        <source>项目阶段变更</source>
        <translation>project stage change</translation>
    </message>
    <message>
        <source>编制年度清单</source>
        <translation>draft the annual list</translation>
    </message>
    <message>
        <source>批准年度清单</source>
        <translation>approve the annual list</translation>
    </message>
    <message>
        <source>登记预算和合同金额</source>
        <translation>record the budget and the contract amount</translation>
    </message>
    <message>
        <source>登记拨付</source>
        <translation>record a payment</translation>
    </message>
    <message>
        <source>登记设计变更</source>
        <translation>record a design change</translation>
    </message>
    <message>
        <source>审批设计变更</source>
        <translation>decide a design change</translation>
    </message>
    <message>
        <source>登记参建单位</source>
        <translation>record the parties</translation>
    </message>
    <message>
        <source>设置测评题目</source>
        <translation>set the survey questions</translation>
    </message>
    <message>
        <source>录入测评答卷</source>
        <translation>record a survey response</translation>
    </message>
    <message>
        <source>登记验收结果</source>
        <translation>record the acceptance result</translation>
    </message>
    <message>
        <source>项目验收回访</source>
        <translation>call back after a project&apos;s acceptance</translation>
    </message>
    <message>
        <source>项目回头看</source>
        <translation>project revisit</translation>
    </message>
    <message>
        <source>安排项目节点</source>
        <translation>Plan a project milestone</translation>
    </message>
    <message>
        <source>节点报到</source>
        <translation>Report in on a milestone</translation>
    </message>
    <message>
        <source>项目节点完成</source>
        <translation>Milestone done</translation>
    </message>
    <message>
        <source>项目进度</source>
        <translation>Project progress</translation>
    </message>
    <message>
        <source>施工日志</source>
        <translation>Construction log</translation>
    </message>
    <message>
        <source>质量安全巡查</source>
        <translation>Quality and safety inspection</translation>
    </message>
    <message>
        <source>项目文件</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>项目评论</source>
        <translation>Project comment</translation>
    </message>
    <message>
        <source>指派市民观察员</source>
        <translation>Assign a citizen observer</translation>
    </message>
    <message>
        <source>取消指派市民观察员</source>
        <translation>Unassign a citizen observer</translation>
    </message>
    <message>
        <source>导入地图边界</source>
        <translation>Import map boundaries</translation>
    </message>
    <message>
        <source>标注位置</source>
        <translation>Mark location</translation>
    </message>
    <message>
        <source>标注项目位置</source>
        <translation>Mark project location</translation>
    </message>
    <message>
        <source>第 {first}–{last} 条事件缺失（被删除）：在第 {after} 条（事件 id {event_id}）{after_event}之前。</source>
        <translation>Events {first}–{last} are missing (deleted): they came before event {after} (id {event_id}) {after_event}.</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>dispatch</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>request</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>escalation</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>ticket number</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>搜索内容</source>
        <translation>search text</translation>
    </message>
    <message>
        <source>队列</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>sort</translation>
    </message>
    <message>
        <source>排序方向</source>
        <translation>sort direction</translation>
    </message>
    <message>
        <source>分页位置</source>
        <translation>page position</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>row count</translation>
    </message>
    <message>
        <source>核实结果</source>
        <translation>verification result</translation>
    </message>
    <message>
        <source>联系情况</source>
        <translation>contact result</translation>
    </message>
    <message>
        <source>解决情况</source>
        <translation>resolution result</translation>
    </message>
    <message>
        <source>“承办部门是否联系过您”</source>
        <translation>&quot;Did the department contact you&quot;</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>lead department</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>assisting departments</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>new password</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>current password</translation>
    </message>
    <message>
        <source>新名称</source>
        <translation>new name</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>active</translation>
    </message>
    <message>
        <source>督办级别</source>
        <translation>escalation level</translation>
    </message>
    <message>
        <source>新的期限</source>
        <translation>new due time</translation>
    </message>
    <message>
        <source>新办结期限</source>
        <translation>new resolve-by time</translation>
    </message>
    <message>
        <source>显示已关闭</source>
        <translation>show closed</translation>
    </message>
    <message>
        <source>包含已停用</source>
        <translation>include inactive</translation>
    </message>
    <message>
        <source>电话打码</source>
        <translation>mask phones</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>version</translation>
    </message>
    <message>
        <source>筛选条件</source>
        <translation>filters</translation>
    </message>
    <message>
        <source>周次</source>
        <translation>week</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>time</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>year</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>month</translation>
    </message>
    <message>
        <source>变更标记</source>
        <translation>change marker</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>文件内容</source>
        <translation>File content</translation>
    </message>
    <message>
        <source>文件路径</source>
        <translation>File path</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>分组方式</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>拨付日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>设计变更</source>
        <translation>design change</translation>
    </message>
    <message>
        <source>验收结果</source>
        <translation>Acceptance result</translation>
    </message>
    <message>
        <source>验收日期</source>
        <translation>Acceptance date</translation>
    </message>
    <message>
        <source>受访人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>测评答案</source>
        <translation>survey answers</translation>
    </message>
    <message>
        <source>测评题目</source>
        <translation>survey questions</translation>
    </message>
    <message>
        <source>回头看发现的问题</source>
        <translation>Findings of the revisit</translation>
    </message>
    <message>
        <source>是否重新整改</source>
        <translation>Whether to fix again</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>{label}必须是文字（收到 {value}）。</source>
        <translation>The {label} must be text (got {value}).</translation>
    </message>
    <message>
        <source>{label}必须是整数（收到 {value}）。</source>
        <translation>The {label} must be a whole number (got {value}).</translation>
    </message>
    <message>
        <source>{label}超出范围（{value}）。</source>
        <translation>The {label} is out of range ({value}).</translation>
    </message>
    <message>
        <source>{label}须为带时区的时间（收到 {value}）。</source>
        <translation>The {label} must be a time with a time zone (got {value}).</translation>
    </message>
    <message>
        <source>{label}超出范围：{value}（应在 1900 年到 9000 年之间）。</source>
        <translation>The {label} is out of range: {value} (it must lie between the years 1900 and 9000).</translation>
    </message>
    <message>
        <source>{label}的值无效：{value}。</source>
        <translation>Invalid {label}: {value}.</translation>
    </message>
    <message>
        <source>{label}含有无法识别的字符。</source>
        <translation>The {label} contains characters that cannot be read.</translation>
    </message>
    <message>
        <source>{label}须为是或否（收到 {value}）。</source>
        <translation>The {label} must be yes or no (got {value}).</translation>
    </message>
    <message>
        <source>{label}须为日期（收到 {value}）。</source>
        <translation>The {label} must be a date (got {value}).</translation>
    </message>
    <message>
        <source>{label}须为列表（收到 {value}）。</source>
        <translation>The {label} must be a list (got {value}).</translation>
    </message>
    <message>
        <source>{label}过多：{count} 项。</source>
        <translation>Too many {label}: {count}.</translation>
    </message>
    <message>
        <source>{label}须为键值表（收到 {value}）。</source>
        <translation>The {label} must be a mapping (got {value}).</translation>
    </message>
    <message>
        <source>参数不正确：{error}</source>
        <translation>Wrong arguments: {error}</translation>
    </message>
    <message>
        <source>统计期应写作 YYYY-MM、YYYY-Www、YYYY 或 YYYY-MM-DD..YYYY-MM-DD：{text}</source>
        <translation>Write the period as YYYY-MM, YYYY-Www, YYYY or YYYY-MM-DD..YYYY-MM-DD: {text}</translation>
    </message>
    <message>
        <source>没有可读取密码的标准输入。</source>
        <translation>No standard input to read the password from.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，未创建用户。</source>
        <translation>The two passwords differ; no user was created.</translation>
    </message>
    <message>
        <source>--at 只能与 --dry-run 一起使用。</source>
        <translation>--at can only be used with --dry-run.</translation>
    </message>
    <message>
        <source>{path} 是一个文件夹，请给出文件名。</source>
        <translation>{path} is a folder: give a file name.</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在。</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，未保存。</source>
        <translation>The two passwords differ; nothing was saved.</translation>
    </message>
    <message>
        <source>只有共享服务器（PostgreSQL）需要保存密码；请用 --db 指定服务器地址。</source>
        <translation>Only a shared server (PostgreSQL) needs a stored password; give the server&apos;s address with --db.</translation>
    </message>
    <message>
        <source>点评过长：最多 {most} 个字。</source>
        <translation>The commentary is too long: at most {most} characters.</translation>
    </message>
    <message>
        <source>文件过大（超过 64 MB），不像是立结案标准工作簿。</source>
        <translation>The file is too large (over 64 MB) to be a standards workbook.</translation>
    </message>
    <message>
        <source>图片的宽和高须在 200 到 8000 像素之间：{text}</source>
        <translation>The picture&apos;s width and height must be between 200 and 8000 pixels: {text}</translation>
    </message>
    <message>
        <source>数据库地址（URL）无效：{url}（{error}）</source>
        <translation>Invalid database address (URL): {url} ({error})</translation>
    </message>
    <message>
        <source>标准输入中的密码不是有效的 UTF-8 文字。</source>
        <translation>The password on standard input is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>标准输入中没有密码（应为一行文字）。</source>
        <translation>No password on standard input (expected one line of text).</translation>
    </message>
    <message>
        <source>没有输入密码。</source>
        <translation>No password was entered.</translation>
    </message>
    <message>
        <source>不是 ISO 8601 时间：{text}（例如 2026-09-30T16:30+08:00）</source>
        <translation>Not an ISO 8601 time: {text} (for example 2026-09-30T16:30+08:00)</translation>
    </message>
    <message>
        <source>月份应写作 YYYY-MM，例如 2026-10：{month}</source>
        <translation>Write the month as YYYY-MM, for example 2026-10: {month}</translation>
    </message>
    <message>
        <source>找不到点评文件：{path}。</source>
        <translation>Commentary file not found: {path}.</translation>
    </message>
    <message>
        <source>点评文件须为 UTF-8 编码的文本：{path}。</source>
        <translation>The commentary file must be UTF-8 text: {path}.</translation>
    </message>
    <message>
        <source>无法读取点评文件 {path}：{why}</source>
        <translation>Cannot read the commentary file {path}: {why}</translation>
    </message>
    <message>
        <source>无法读取文件 {path}：{error}</source>
        <translation>Cannot read the file {path}: {error}</translation>
    </message>
    <message>
        <source>图片大小应写作 宽x高，例如 1600x1200：{text}</source>
        <translation>Write the picture size as WIDTHxHEIGHT, e.g. 1600x1200: {text}</translation>
    </message>
    <message>
        <source>命令行参数含有无法识别的字符（不是有效的 UTF-8 文字）：{arg}</source>
        <translation>A command-line argument contains characters that cannot be read (not valid UTF-8): {arg}</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {server}：{reason}（{error}）</source>
        <translation>Cannot connect to the database server {server}: {reason} ({error})</translation>
    </message>
    <message>
        <source>数据库已由更新版本的吹哨报到工作台升级（架构版本 {revision}），本版本无法安全写入，请升级本程序。</source>
        <translation>The database was upgraded by a newer version of Whistle Desk (schema {revision}); this version cannot write to it safely. Please update this program.</translation>
    </message>
    <message>
        <source>另一台电脑正在处理同一份数据，等了 {seconds} 秒仍未完成，本次操作没有保存。请稍后再试。</source>
        <translation>Another computer is working on the same records; after waiting {seconds} seconds it has not finished, so nothing was saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>数据库操作超过 {seconds} 秒仍未完成，已取消，没有保存任何内容。请稍后再试。</source>
        <translation>The database operation did not finish within {seconds} seconds and was cancelled; nothing was saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>这次操作中断太久（例如电脑曾休眠），已被数据库取消，没有保存。请再试一次。</source>
        <translation>This operation was interrupted too long (the computer may have slept) and the database cancelled it; nothing was saved. Please try again.</translation>
    </message>
    <message>
        <source>另一台电脑正在写入数据库，等了 {seconds} 秒仍未完成，本次操作没有保存。请稍后再试。</source>
        <translation>Another computer is writing to the database; after waiting {seconds} seconds it has not finished, so nothing was saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>数据库不接受输入的值（过长、超出范围或含有非法字符），没有保存任何内容。</source>
        <translation>The database refused a value (too long, out of range or with invalid characters); nothing was saved.</translation>
    </message>
    <message>
        <source>无法打开数据库文件 {path}：{error}</source>
        <translation>Cannot open the database file {path}: {error}</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {server}：{error}</source>
        <translation>Cannot connect to the database server {server}: {error}</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {server}：{reason}</source>
        <translation>Cannot connect to the database server {server}: {reason}</translation>
    </message>
    <message>
        <source>服务器拒绝连接，可能未启动或端口不对。请检查服务器地址，或在“连接设置”中修改。</source>
        <translation>The server refused the connection; it may not be running, or the port is wrong. Check the server address, or change it in “Connection settings”.</translation>
    </message>
    <message>
        <source>连接超时，服务器没有响应。请检查网络和服务器地址。</source>
        <translation>The connection timed out; the server did not answer. Check the network and the server address.</translation>
    </message>
    <message>
        <source>找不到该服务器名称。请检查服务器地址。</source>
        <translation>The server name was not found. Check the server address.</translation>
    </message>
    <message>
        <source>需要密码，但系统密钥环中没有保存该连接的密码。请在“连接设置”中填写密码，或运行 whistle-desk db set-password。</source>
        <translation>A password is needed, but the system keyring holds none for this connection. Enter it in “Connection settings”, or run whistle-desk db set-password.</translation>
    </message>
    <message>
        <source>用户名或数据库密码不正确。请在“连接设置”中重新填写密码。</source>
        <translation>Wrong user name or database password. Enter the password again in “Connection settings”.</translation>
    </message>
    <message>
        <source>服务器上没有这个数据库。请检查数据库名。</source>
        <translation>The server has no such database. Check the database name.</translation>
    </message>
    <message>
        <source>服务器上没有这个数据库用户。请检查用户名。</source>
        <translation>The server has no such database user. Check the user name.</translation>
    </message>
    <message>
        <source>服务器不允许该用户从本机连接，请联系数据库管理员。</source>
        <translation>The server does not allow this user to connect from this computer. Please contact the database administrator.</translation>
    </message>
    <message>
        <source>与数据库服务器的连接中断，服务器可能正在重启。请稍后重试。</source>
        <translation>The connection to the database server was lost; the server may be restarting. Please try again later.</translation>
    </message>
    <message>
        <source>该地址上运行的不是可用的 PostgreSQL 数据库服务器，可能端口不对。请检查服务器地址和端口。</source>
        <translation>No usable PostgreSQL server runs at this address; the port may be wrong. Check the server address and port.</translation>
    </message>
    <message>
        <source>服务器连接数已满，请稍后重试。</source>
        <translation>The server has no free connections. Please try again later.</translation>
    </message>
    <message>
        <source>数据库地址（URL）含有无法识别的字符。</source>
        <translation>The database address (URL) contains characters that cannot be read.</translation>
    </message>
    <message>
        <source>不支持这种数据库：{backend}。请使用 sqlite:///文件路径（单机）或 postgresql://服务器/数据库（共享）。</source>
        <translation>This kind of database is not supported: {backend}. Use sqlite:///file-path (one computer) or postgresql://server/database (shared).</translation>
    </message>
    <message>
        <source>无法创建数据库文件所在的文件夹 {folder}：{error}</source>
        <translation>Cannot create the database file&apos;s folder {folder}: {error}</translation>
    </message>
    <message>
        <source>日历自 {start} 起连续三年以上没有任何工作时间，无法{what}；请检查工作时段和节假日设置</source>
        <translation>The calendar has no working time for over three years from {start}, so it cannot {what}. Check the work periods and holidays</translation>
    </message>
    <message>
        <source>需要时长：{value}</source>
        <translation>A duration is needed: {value}</translation>
    </message>
    <message>
        <source>时间格式不对：“{value}”，应为 HH:MM</source>
        <translation>Wrong time format: “{value}”, expected HH:MM</translation>
    </message>
    <message>
        <source>时间无效：“{value}”</source>
        <translation>Invalid time: “{value}”</translation>
    </message>
    <message>
        <source>工作时段必须是文本，例如 09:00-12:00,13:30-17:30</source>
        <translation>Work periods must be text, for example 09:00-12:00,13:30-17:30</translation>
    </message>
    <message>
        <source>需要日期而不是日期时间</source>
        <translation>A date is needed, not a date and time</translation>
    </message>
    <message>
        <source>需要日期：{value}</source>
        <translation>A date is needed: {value}</translation>
    </message>
    <message>
        <source>日期类型必须是 holiday、workday 或 default：{value}</source>
        <translation>The day kind must be holiday, workday or default: {value}</translation>
    </message>
    <message>
        <source>名称必须是文本：{value}</source>
        <translation>The name must be text: {value}</translation>
    </message>
    <message>
        <source>CSV 内容必须是文本</source>
        <translation>The CSV content must be text</translation>
    </message>
    <message>
        <source>CSV 中没有任何日期</source>
        <translation>The CSV has no dates</translation>
    </message>
    <message>
        <source>年份超出范围</source>
        <translation>Year out of range</translation>
    </message>
    <message>
        <source>工作时段必须是整分钟</source>
        <translation>Work periods must be whole minutes</translation>
    </message>
    <message>
        <source>工作时段无效：{start}-{end}（开始须早于结束，且在同一天内）</source>
        <translation>Invalid work period: {start}-{end} (the start must be before the end, on the same day)</translation>
    </message>
    <message>
        <source>请填写时区，例如 Asia/Shanghai</source>
        <translation>Please enter a time zone, for example Asia/Shanghai</translation>
    </message>
    <message>
        <source>月份无效：{year}-{month}</source>
        <translation>Invalid month: {year}-{month}</translation>
    </message>
    <message>
        <source>需要日期时间</source>
        <translation>A date and time is needed</translation>
    </message>
    <message>
        <source>时间必须带时区（例如 2026-09-30T10:00+08:00）</source>
        <translation>The time needs a time zone (for example 2026-09-30T10:00+08:00)</translation>
    </message>
    <message>
        <source>工作时长必须是 timedelta</source>
        <translation>Working time must be a timedelta</translation>
    </message>
    <message>
        <source>工作时长不能为负数</source>
        <translation>Working time cannot be negative</translation>
    </message>
    <message>
        <source>工作日长度为零（没有设置工作时段），无法按工作日计算</source>
        <translation>The working day has no length (no work periods are set), so working days cannot be counted</translation>
    </message>
    <message>
        <source>工作时段格式不对：“{value}”，应为 09:00-12:00</source>
        <translation>Wrong work period format: “{value}”, expected 09:00-12:00</translation>
    </message>
    <message>
        <source>工作时段必须是 Period：{value}</source>
        <translation>A work period must be a Period: {value}</translation>
    </message>
    <message>
        <source>工作时段须按时间顺序且不重叠：{first} 与 {second}</source>
        <translation>Work periods must be in time order and must not overlap: {first} and {second}</translation>
    </message>
    <message>
        <source>第 {line} 行：至少需要“日期,类型”两列</source>
        <translation>Line {line}: needs at least the two columns “date,kind”</translation>
    </message>
    <message>
        <source>第 {line} 行：列数过多，应为“日期,类型,名称”（名称含逗号请加引号）</source>
        <translation>Line {line}: too many columns, expected “date,kind,name” (quote a name that contains a comma)</translation>
    </message>
    <message>
        <source>第 {line} 行：类型无效“{value}”，应为 holiday、workday 或 default</source>
        <translation>Line {line}: invalid kind “{value}”, expected holiday, workday or default</translation>
    </message>
    <message>
        <source>第 {line} 行：名称过长（最多 {count} 个字）</source>
        <translation>Line {line}: the name is too long (at most {count} characters)</translation>
    </message>
    <message>
        <source>第 {line} 行：日期 {date} 与第 {other} 行重复</source>
        <translation>Line {line}: the date {date} repeats line {other}</translation>
    </message>
    <message>
        <source>未知的时区：{timezone}</source>
        <translation>Unknown time zone: {timezone}</translation>
    </message>
    <message>
        <source>星期必须是 1（周一）到 7（周日）：{value}</source>
        <translation>The weekday must be 1 (Monday) to 7 (Sunday): {value}</translation>
    </message>
    <message>
        <source>覆盖日期必须是日期：{value}</source>
        <translation>An override date must be a date: {value}</translation>
    </message>
    <message>
        <source>时间超出日历可计算的范围</source>
        <translation>The time is outside the range the calendar can compute</translation>
    </message>
    <message>
        <source>找到下一个工作时间</source>
        <translation>find the next working time</translation>
    </message>
    <message>
        <source>计算期限</source>
        <translation>compute the deadline</translation>
    </message>
    <message>
        <source>无法识别的日期覆盖：{value}</source>
        <translation>Unrecognised date override: {value}</translation>
    </message>
    <message>
        <source>第 {line} 行：CSV 格式错误（{error}）</source>
        <translation>Line {line}: CSV format error ({error})</translation>
    </message>
    <message>
        <source>第 {line} 行：日期无效“{value}”，应为 YYYY-MM-DD</source>
        <translation>Line {line}: invalid date “{value}”, expected YYYY-MM-DD</translation>
    </message>
    <message>
        <source>期限超出日历可计算的范围</source>
        <translation>The deadline is outside the range the calendar can compute</translation>
    </message>
    <message>
        <source>环节已完成</source>
        <translation>Step completed</translation>
    </message>
    <message>
        <source>m（分钟）、h（小时）、d（天）、wm（工作分钟）、wh（工作小时）、wd（工作日）</source>
        <translation>m (minutes), h (hours), d (days), wm (working minutes), wh (working hours), wd (working days)</translation>
    </message>
    <message>
        <source>时长格式不对：“{text}”，应为整数加单位，例如 30m、4h、2d、6wh、3wd</source>
        <translation>Wrong duration format: “{text}”, expected a whole number and a unit, for example 30m, 4h, 2d, 6wh, 3wd</translation>
    </message>
    <message>
        <source>时长不能为负数</source>
        <translation>A duration cannot be negative</translation>
    </message>
    <message>
        <source>时长格式不对：“{text}”，请去掉加号，例如 3wd</source>
        <translation>Wrong duration format: “{text}”, leave out the plus sign, for example 3wd</translation>
    </message>
    <message>
        <source>时长必须是整数：“{text}”，例如用 90m 代替 1.5h</source>
        <translation>A duration must be a whole number: “{text}”, for example 90m instead of 1.5h</translation>
    </message>
    <message>
        <source>时长格式不对：“{text}”，数字和单位之间不要空格，例如 3wd</source>
        <translation>Wrong duration format: “{text}”, no space between number and unit, for example 3wd</translation>
    </message>
    <message>
        <source>时长缺少单位：“{text}”，可用：{units}</source>
        <translation>The duration has no unit: “{text}”; units: {units}</translation>
    </message>
    <message>
        <source>时长只能有一个单位：“{text}”</source>
        <translation>A duration can have only one unit: “{text}”</translation>
    </message>
    <message>
        <source>时长缺少数字：“{text}”，例如 3wd</source>
        <translation>The duration has no number: “{text}”, for example 3wd</translation>
    </message>
    <message>
        <source>时长必须是整数</source>
        <translation>A duration must be a whole number</translation>
    </message>
    <message>
        <source>时长过长：最多 {most}（{days} 天）</source>
        <translation>The duration is too long: at most {most} ({days} days)</translation>
    </message>
    <message>
        <source>时长必须是文本，例如 3wd</source>
        <translation>A duration must be text, for example 3wd</translation>
    </message>
    <message>
        <source>请填写时长，例如 30m、4h、2d、6wh、3wd</source>
        <translation>Please enter a duration, for example 30m, 4h, 2d, 6wh, 3wd</translation>
    </message>
    <message>
        <source>时长必须大于零</source>
        <translation>A duration must be greater than zero</translation>
    </message>
    <message>
        <source>未知的时长单位“{unit}”，可用：{units}</source>
        <translation>Unknown duration unit “{unit}”; units: {units}</translation>
    </message>
    <message>
        <source>未知分类：{name}</source>
        <translation>Unknown category: {name}</translation>
    </message>
    <message>
        <source>不是日期：{value}</source>
        <translation>Not a date: {value}</translation>
    </message>
    <message>
        <source>未知紧急程度：{urgency}</source>
        <translation>Unknown urgency: {urgency}</translation>
    </message>
    <message>
        <source>未知日期类型：{kind}（可选 holiday、workday、default）</source>
        <translation>Unknown day kind: {kind} (choose holiday, workday or default)</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>工单数量须在 0 到 {most} 之间。</source>
        <translation>The number of tickets must be between 0 and {most}.</translation>
    </message>
    <message>
        <source>随机种子须为整数。</source>
        <translation>The random seed must be a whole number.</translation>
    </message>
    <message>
        <source>演示数据的周数须在 1 到 {most} 之间。</source>
        <translation>The demo&apos;s number of weeks must be between 1 and {most}.</translation>
    </message>
    <message>
        <source>数据库中已有用户或工单：演示数据只能写入空数据库。</source>
        <translation>The database already has users or tickets: demo data can only go into an empty database.</translation>
    </message>
    <message>
        <source>项目负责人</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>市民观察员</source>
        <translation>Citizen observer</translation>
    </message>
    <message>
        <source>查看项目进度通报</source>
        <translation>view the project progress bulletin</translation>
    </message>
    <message>
        <source>查看项目的市民观察员</source>
        <translation>view a project&apos;s citizen observers</translation>
    </message>
    <message>
        <source>评论项目</source>
        <translation>Comment on the project</translation>
    </message>
    <message>
        <source>查看我的项目</source>
        <translation>view my projects</translation>
    </message>
    <message>
        <source>查看观察的项目</source>
        <translation>view an observed project</translation>
    </message>
    <message>
        <source>市民观察员只能以市民观察员身份记录巡查，整改问题由街道安排。</source>
        <translation>A citizen observer records inspections only as a citizen observer; the street office arranges any fixes.</translation>
    </message>
    <message>
        <source>请选择市民观察员账户。</source>
        <translation>Choose a citizen observer account.</translation>
    </message>
    <message>
        <source>{name} 不是市民观察员账户。</source>
        <translation>{name} is not a citizen observer account.</translation>
    </message>
    <message>
        <source>账户 {name} 已停用。</source>
        <translation>The account {name} is disabled.</translation>
    </message>
    <message>
        <source>{name} 已是项目 {number} 的市民观察员。</source>
        <translation>{name} is already a citizen observer of project {number}.</translation>
    </message>
    <message>
        <source>{name} 不是项目 {number} 的市民观察员。</source>
        <translation>{name} is not a citizen observer of project {number}.</translation>
    </message>
    <message>
        <source>红黑榜计分（按各项目的原始记录）：验收合格 +1 好评；每次验收不合格 +1 差评；居民测评满意度（满意与基本满意占满意度题答案的比例）不低于 90% +1 好评、低于 60% +1 差评；回头看发现问题需重新整改，每次 +1 差评；质量安全巡查每发现一个问题 +1 差评；施工阶段节点每逾期完成一个 +1 差评。净分 = 好评 − 差评：净分大于 0 列入红榜，小于 0 列入黑榜。</source>
        <translation>How the red and black lists are scored (from each project&apos;s own records): acceptance passed, +1 good mark; each failed acceptance, +1 bad mark; residents&apos; survey satisfaction (satisfied plus basically satisfied, as a share of the answers to the satisfaction questions) of 90% or more, +1 good mark, below 60%, +1 bad mark; each revisit whose findings reopened the fix, +1 bad mark; each finding of a quality and safety inspection, +1 bad mark; each construction-stage milestone finished after its planned date, +1 bad mark. Net = good − bad: above 0 on the red list, below 0 on the black list.</translation>
    </message>
    <message>
        <source>年份应为 2000 到 {high} 之间的整数。</source>
        <translation>The year must be a whole number from 2000 to {high}.</translation>
    </message>
    <message>
        <source>{path} 不是文件夹。</source>
        <translation>{path} is not a folder.</translation>
    </message>
    <message>
        <source>文件夹 {path} 不是空的，也不是以前生成的阳光工程网站；请选择一个空文件夹。</source>
        <translation>The folder {path} is not empty and is not a Sunshine Projects site written earlier; choose an empty folder.</translation>
    </message>
    <message>
        <source>请选择部门。</source>
        <translation>Please choose a department.</translation>
    </message>
    <message>
        <source>请至少选择一个部门。</source>
        <translation>Please choose at least one department.</translation>
    </message>
    <message>
        <source>派单{state}，待审核的申请随之关闭</source>
        <translation>Dispatch {state}: its pending requests are closed</translation>
    </message>
    <message>
        <source>该工单已有主办部门；如需更换，请先撤回原主办派单。</source>
        <translation>This ticket already has a lead department; to change it, first withdraw the lead dispatch.</translation>
    </message>
    <message>
        <source>请指定主办部门。</source>
        <translation>Please choose the lead department.</translation>
    </message>
    <message>
        <source>部门 {name} 重复选择。</source>
        <translation>The department {name} is chosen twice.</translation>
    </message>
    <message>
        <source>部门 {name} 正在办理该工单。</source>
        <translation>The department {name} is already working on this ticket.</translation>
    </message>
    <message>
        <source>{state}</source>
        <translation>{state}</translation>
    </message>
    <message>
        <source>派单{state}</source>
        <translation>Dispatch: {state}</translation>
    </message>
    <message>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>本机时间 {now} 比数据库最后记录的时间 {last} 晚了许多（超过 {limit}），本次操作没有保存。如果电脑时间不对，请先校正电脑时间；如果时间正确（例如长假后第一次使用），请确认后继续。</source>
        <translation>This computer&apos;s clock ({now}) is far ahead of the database&apos;s last record ({last}), by more than {limit}; nothing was saved. If the clock is wrong, correct it first; if it is right (say, the first use after a long holiday), confirm it to go on.</translation>
    </message>
    <message>
        <source>共享数据库使用服务器的时间，无需确认本机时间。</source>
        <translation>A shared database uses the server&apos;s clock: there is no local clock to confirm.</translation>
    </message>
    <message>
        <source>{role}不能{verb}。</source>
        <translation>Not allowed for the {role} role: {verb}.</translation>
    </message>
    <message>
        <source>管理员已重置您的密码：请先修改密码，然后才能继续。</source>
        <translation>An administrator reset your password: please change it before you continue.</translation>
    </message>
    <message>
        <source>该账户已停用，请重新登录。</source>
        <translation>This account is disabled. Please log in again.</translation>
    </message>
    <message>
        <source>您账户的密码、角色或部门已变更，请重新登录。</source>
        <translation>Your account&apos;s password, role or department has changed. Please log in again.</translation>
    </message>
    <message>
        <source>本次登录的身份与账户记录不符，请重新登录。</source>
        <translation>This session no longer matches the account record. Please log in again.</translation>
    </message>
    <message>
        <source>位置须为一对坐标（经度、纬度）。</source>
        <translation>A location is one pair of coordinates (longitude, latitude).</translation>
    </message>
    <message>
        <source>{role}不能执行“{verb}”。</source>
        <translation>The {role} role cannot do “{verb}”.</translation>
    </message>
    <message>
        <source>工单 {number} 当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。</source>
        <translation>Ticket {number} is “{state}”, so “{verb}” is not possible (last changed by {user} at {when}).</translation>
    </message>
    <message>
        <source>分页参数无效。</source>
        <translation>Invalid paging parameters.</translation>
    </message>
    <message>
        <source>请选择同意或驳回。</source>
        <translation>Please choose approve or reject.</translation>
    </message>
    <message>
        <source>未知处理方式：{action}</source>
        <translation>Unknown action: {action}</translation>
    </message>
    <message>
        <source>督办级别必须是 1、2 或 3。</source>
        <translation>The escalation level must be 1, 2 or 3.</translation>
    </message>
    <message>
        <source>没有要保存的设置。</source>
        <translation>There are no settings to save.</translation>
    </message>
    <message>
        <source>月份无效。</source>
        <translation>Invalid month.</translation>
    </message>
    <message>
        <source>新密码不能与当前密码相同。</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>可选：all（全部）、admin（管理操作）、login（登录）。</source>
        <translation>Choose all, admin (administration) or login.</translation>
    </message>
    <message>
        <source>条数须在 1 到 1000 之间。</source>
        <translation>The count must be between 1 and 1000.</translation>
    </message>
    <message>
        <source>分页位置无效。</source>
        <translation>Invalid page position.</translation>
    </message>
    <message>
        <source>派单编号无效。</source>
        <translation>Invalid dispatch number.</translation>
    </message>
    <message>
        <source>找不到派单 {id}。</source>
        <translation>No dispatch {id}.</translation>
    </message>
    <message>
        <source>{role}不能对派单执行“{verb}”。</source>
        <translation>The {role} role cannot do “{verb}” on a dispatch.</translation>
    </message>
    <message>
        <source>{department}的派单当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。</source>
        <translation>The dispatch to {department} is “{state}”, so “{verb}” is not possible (last changed by {user} at {when}).</translation>
    </message>
    <message>
        <source>该记录刚刚已被他人修改，请刷新后重试。</source>
        <translation>Someone else has just changed this record. Please refresh and try again.</translation>
    </message>
    <message>
        <source>与已有数据冲突，操作未保存。请刷新后重试。</source>
        <translation>This conflicts with existing data; nothing was saved. Please refresh and try again.</translation>
    </message>
    <message>
        <source>时间必须带时区。</source>
        <translation>The time needs a time zone.</translation>
    </message>
    <message>
        <source>只能在预测模式（dry run）下对未来时间扫描。</source>
        <translation>A sweep at a future time is only possible as a forecast (dry run).</translation>
    </message>
    <message>
        <source>已经有可以登录的账户：首个管理员只能在首次运行时创建。请用管理员账户登录后新建用户。</source>
        <translation>There is already an account that can log in: the first administrator can only be created on the first run. Log in as an administrator to create users.</translation>
    </message>
    <message>
        <source>工单 {number} 已被 {user} 于 {when} 修改，您的修改未保存。已为您重新载入。</source>
        <translation>Ticket {number} was changed by {user} at {when}; your changes were not saved. It has been reloaded.</translation>
    </message>
    <message>
        <source>保密工单的反映人信息只有受理员、督办员可以查看和修改。</source>
        <translation>Only clerks and supervisors can see and change the reporter details of a confidential ticket.</translation>
    </message>
    <message>
        <source>工单 {number} 已被 {user} 于 {when} 修改（可能已派单），请查看后再操作。</source>
        <translation>Ticket {number} was changed by {user} at {when} (it may have been dispatched). Please check it before you continue.</translation>
    </message>
    <message>
        <source>请说明是否联系到反映人。</source>
        <translation>Please say whether the reporter was reached.</translation>
    </message>
    <message>
        <source>结案前须先登记回访结果（联系不上也要登记）。</source>
        <translation>Record the callback before closing (also when the reporter could not be reached).</translation>
    </message>
    <message>
        <source>该派单已经挂起。</source>
        <translation>This dispatch is already suspended.</translation>
    </message>
    <message>
        <source>该派单已有待审核的{kind}申请。</source>
        <translation>This dispatch already has a pending {kind} request.</translation>
    </message>
    <message>
        <source>找不到申请 {id}。</source>
        <translation>No request {id}.</translation>
    </message>
    <message>
        <source>该申请已由 {user} 处理。</source>
        <translation>This request was already decided by {user}.</translation>
    </message>
    <message>
        <source>派单已不在办理中，不能批准该申请。</source>
        <translation>The dispatch is no longer in progress; the request cannot be approved.</translation>
    </message>
    <message>
        <source>该派单没有挂起。</source>
        <translation>This dispatch is not suspended.</translation>
    </message>
    <message>
        <source>找不到督办记录 {id}。</source>
        <translation>No escalation {id}.</translation>
    </message>
    <message>
        <source>该督办事项已关闭：{note}</source>
        <translation>This escalation is already closed: {note}</translation>
    </message>
    <message>
        <source>只有通报级别的事项需要确认通报。</source>
        <translation>Only escalations at the public notice level need a confirmed notice.</translation>
    </message>
    <message>
        <source>街道自身的核实、回访环节只能催办或确认通报，不能延期或改派。</source>
        <translation>The office&apos;s own verify and callback steps can only get a reminder or a confirmed public notice; they cannot be extended or reassigned.</translation>
    </message>
    <message>
        <source>请说明问题是否反弹。</source>
        <translation>Please say whether the problem came back.</translation>
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
        <source>未知的指标：{keys}；可用：{known}。</source>
        <translation>Unknown indicator: {keys}; available: {known}.</translation>
    </message>
    <message>
        <source>每个指标只能出现一次，且至少要有一个，{hint}。</source>
        <translation>Each indicator may appear once, and at least one is needed, {hint}.</translation>
    </message>
    <message>
        <source>权重须为非负数且合计为 1，{hint}。</source>
        <translation>Weights must be non-negative and add up to 1, {hint}.</translation>
    </message>
    <message>
        <source>计分方案须写成“指标:权重”并用逗号分隔，{hint}。</source>
        <translation>Write the scoring scheme as indicator:weight separated by commas, {hint}.</translation>
    </message>
    <message>
        <source>“{name}”是系统保留的分类（导入的 12345 工单在选定分类前暂存于此），不能改名、启用、停用或移动。</source>
        <translation>“{name}” is a category the system reserves (imported 12345 tickets wait in it until they get a category): it cannot be renamed, activated, deactivated or moved.</translation>
    </message>
    <message>
        <source>上级分类 {name} 已停用，请先启用它。</source>
        <translation>Parent category {name} is deactivated: activate it first.</translation>
    </message>
    <message>
        <source>找不到表头（应有“大类、小类、细类、主办部门……”各列）。</source>
        <translation>No header row found (expected the columns of an exported standards library: the three category levels, the lead department …).</translation>
    </message>
    <message>
        <source>文件为空。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>行数过多（{count} 行，最多 {limit} 行）。</source>
        <translation>Too many rows ({count}; at most {limit}).</translation>
    </message>
    <message>
        <source>工作簿中没有工作表。</source>
        <translation>The workbook has no sheet.</translation>
    </message>
    <message>
        <source>无法读取该文件（{error}）：请选择 .xlsx 或 .xls 工作簿。</source>
        <translation>Cannot read this file ({error}): choose an .xlsx or .xls workbook.</translation>
    </message>
    <message>
        <source>缺少列：{columns}</source>
        <translation>Missing columns: {columns}</translation>
    </message>
    <message>
        <source>大类、小类、细类都为空。</source>
        <translation>Category, subcategory and sub-subcategory are all empty.</translation>
    </message>
    <message>
        <source>分类 {name} 在第 {row} 行已出现。</source>
        <translation>Category {name} already appears in row {row}.</translation>
    </message>
    <message>
        <source>分类 {name} 不能是自己的上级。</source>
        <translation>Category {name} cannot be its own parent.</translation>
    </message>
    <message>
        <source>分类 {name} 已在“{path}”下且有下级分类，移到这里将超过三级。</source>
        <translation>Category {name} is under “{path}” and has subcategories: moving it here would exceed three levels.</translation>
    </message>
    <message>
        <source>{level}“{name}”缺少上级{parent}。</source>
        <translation>{level} “{name}” has no parent {parent}.</translation>
    </message>
    <message>
        <source>{name}已是主办部门，不能同时协办。</source>
        <translation>{name} is the lead department and cannot also assist.</translation>
    </message>
    <message>
        <source>{urgency}时限须报到、响应、办结三项都填，或都不填（沿用上级）。</source>
        <translation>{urgency}: fill in all three limits (report in, respond, resolve) or none (inherited from the parent).</translation>
    </message>
    <message>
        <source>上级分类 {name} 不在{level}一级。</source>
        <translation>Parent category {name} is not at the {level} level.</translation>
    </message>
    <message>
        <source>上级分类 {name} 不存在（文件和数据库中都没有）。</source>
        <translation>Parent category {name} does not exist (neither in the file nor in the database).</translation>
    </message>
    <message>
        <source>{column}：{error}</source>
        <translation>{column}: {error}</translation>
    </message>
    <message>
        <source>上级分类 {name} 已停用。</source>
        <translation>Parent category {name} is deactivated.</translation>
    </message>
    <message>
        <source>条件必须是文字。</source>
        <translation>Criteria must be text.</translation>
    </message>
    <message>
        <source>条件过长（最多 {count} 个字符）。</source>
        <translation>The criteria are too long (at most {count} characters).</translation>
    </message>
    <message>
        <source>时限须按紧急程度给出。</source>
        <translation>Time limits must be given per urgency.</translation>
    </message>
    <message>
        <source>{name}是细类，不能再有下级分类。</source>
        <translation>{name} is a sub-subcategory and cannot have children.</translation>
    </message>
    <message>
        <source>不能把分类移到它自己或它的下级之下。</source>
        <translation>A category cannot be moved under itself or one of its children.</translation>
    </message>
    <message>
        <source>移动后超过三级（大类、小类、细类）。</source>
        <translation>After the move there would be more than three levels (category, subcategory, sub-subcategory).</translation>
    </message>
    <message>
        <source>协办部门须为部门名称的列表。</source>
        <translation>Assisting departments must be a list of department names.</translation>
    </message>
    <message>
        <source>每个紧急程度须有报到、响应、办结三项时限。</source>
        <translation>Each urgency needs three time limits: report in, respond, resolve.</translation>
    </message>
    <message>
        <source>月份须写成“年-月”，例如 2026-11。</source>
        <translation>Write the month as year-month, e.g. 2026-11.</translation>
    </message>
    <message>
        <source>无法识别的月份：{text}（应写成“年-月”，例如 2026-11）。</source>
        <translation>Unrecognised month: {text} (write year-month, e.g. 2026-11).</translation>
    </message>
    <message>
        <source>没有第 {month} 月。</source>
        <translation>There is no month {month}.</translation>
    </message>
    <message>
        <source>周报和月报只能选一种：请只给出周次或月份。</source>
        <translation>Choose a weekly or a monthly report: give a week or a month, not both.</translation>
    </message>
    <message>
        <source>“{indicator}”没有工单明细可列。</source>
        <translation>“{indicator}” has no list of tickets.</translation>
    </message>
    <message>
        <source>{period} 尚未开始，无法生成报告。</source>
        <translation>{period} has not started yet: no report can be generated.</translation>
    </message>
    <message>
        <source>没有名为“{name}”的部门。</source>
        <translation>There is no department named “{name}”.</translation>
    </message>
    <message>
        <source>反映人提供的附件（保密）</source>
        <translation>Attachment provided by the reporter (confidential)</translation>
    </message>
    <message>
        <source>回复方式</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>12345工单号</source>
        <translation>12345 no.</translation>
    </message>
    <message>
        <source>保密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>吹哨派单</source>
        <translation>Whistle (dispatch)</translation>
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
        <translation>Cancel ticket</translation>
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
        <source>查看队列</source>
        <translation>View queues</translation>
    </message>
    <message>
        <source>查看队列数量</source>
        <translation>View queue counts</translation>
    </message>
    <message>
        <source>查看工单列表</source>
        <translation>View ticket list</translation>
    </message>
    <message>
        <source>查看工单</source>
        <translation>View ticket</translation>
    </message>
    <message>
        <source>查看可用操作</source>
        <translation>View available actions</translation>
    </message>
    <message>
        <source>查看部门</source>
        <translation>View departments</translation>
    </message>
    <message>
        <source>查看分类</source>
        <translation>View categories</translation>
    </message>
    <message>
        <source>查看时限标准</source>
        <translation>View time limits</translation>
    </message>
    <message>
        <source>查看工作日历</source>
        <translation>View working calendar</translation>
    </message>
    <message>
        <source>导出派单</source>
        <translation>Export dispatches</translation>
    </message>
    <message>
        <source>查看督办队列</source>
        <translation>View escalations</translation>
    </message>
    <message>
        <source>查看督办数量</source>
        <translation>View escalation counts</translation>
    </message>
    <message>
        <source>查看审批队列</source>
        <translation>View approvals</translation>
    </message>
    <message>
        <source>查看周报</source>
        <translation>View weekly report</translation>
    </message>
    <message>
        <source>查看用户</source>
        <translation>View users</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>View audit log</translation>
    </message>
    <message>
        <source>校验审计链</source>
        <translation>Verify audit chain</translation>
    </message>
    <message>
        <source>验证密码</source>
        <translation>Check password</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>修改时限标准</source>
        <translation>Change time limits</translation>
    </message>
    <message>
        <source>修改办公室设置</source>
        <translation>Change office settings</translation>
    </message>
    <message>
        <source>修改工作日历</source>
        <translation>Edit working calendar</translation>
    </message>
    <message>
        <source>导入工作日历</source>
        <translation>Import working calendar</translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>停用或启用用户</source>
        <translation>Disable or enable users</translation>
    </message>
    <message>
        <source>解除账户锁定</source>
        <translation>Unlock accounts</translation>
    </message>
    <message>
        <source>修改用户角色和部门</source>
        <translation>Change user role and department</translation>
    </message>
    <message>
        <source>新增部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>部门改名</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <source>停用或启用部门</source>
        <translation>Disable or enable departments</translation>
    </message>
    <message>
        <source>新增分类</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>分类改名</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>设置默认主办部门</source>
        <translation>Set default lead department</translation>
    </message>
    <message>
        <source>保存办公室设置</source>
        <translation>Save office settings</translation>
    </message>
    <message>
        <source>停用或启用分类</source>
        <translation>Disable or enable categories</translation>
    </message>
    <message>
        <source>待派</source>
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
        <source>请说明问题是否解决。</source>
        <translation>Please say whether the problem was solved.</translation>
    </message>
    <message>
        <source>未联系到反映人时不能填写解决情况和满意度。</source>
        <translation>If the reporter was not reached, leave solved and satisfaction empty.</translation>
    </message>
    <message>
        <source>请填写新的办结期限（带时区的时间）。</source>
        <translation>Please enter the new resolve deadline (a time with a time zone).</translation>
    </message>
    <message>
        <source>新的办结期限必须晚于现在和原办结期限。</source>
        <translation>The new resolve deadline must be later than now and than the current one.</translation>
    </message>
    <message>
        <source>新的期限必须是晚于现在的时间。</source>
        <translation>The new deadline must be later than now.</translation>
    </message>
    <message>
        <source>请选择改派的部门。</source>
        <translation>Please select the department to reassign to.</translation>
    </message>
    <message>
        <source>请选择另一个部门。</source>
        <translation>Please choose another department.</translation>
    </message>
    <message>
        <source>待报到</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <source>申请关闭</source>
        <translation>Request closed</translation>
    </message>
    <message>
        <source>确认本机时间</source>
        <translation>Clock confirmed</translation>
    </message>
    <message>
        <source>事件表的只追加触发器已被删除或停用：审计记录不再受保护。</source>
        <translation>The event table&apos;s append-only triggers were dropped or disabled: the audit trail is no longer protected.</translation>
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
        <source>派单 {id} 不属于您的部门，您只能处理本部门的派单。</source>
        <translation>Dispatch {id} is not your department&apos;s; you can only work on your own department&apos;s dispatches.</translation>
    </message>
    <message>
        <source>“承办部门是否联系过您”只能填是、否或未询问。</source>
        <translation>&quot;Did the department contact you&quot; takes yes, no or not asked.</translation>
    </message>
    <message>
        <source>该申请已随派单{state}而关闭，无需审核。</source>
        <translation>This request was closed when its dispatch was {state}; there is nothing to decide.</translation>
    </message>
    <message>
        <source>查看周报或月报</source>
        <translation>view weekly or monthly reports</translation>
    </message>
    <message>
        <source>查看比率明细</source>
        <translation>view the tickets behind a rate</translation>
    </message>
    <message>
        <source>查看社区</source>
        <translation>View communities</translation>
    </message>
    <message>
        <source>停用或启用社区</source>
        <translation>Disable or enable communities</translation>
    </message>
    <message>
        <source>查找重复件</source>
        <translation>find repeats</translation>
    </message>
    <message>
        <source>查看重复件</source>
        <translation>view repeats</translation>
    </message>
    <message>
        <source>查看附件</source>
        <translation>View attachments</translation>
    </message>
    <message>
        <source>查看分类树</source>
        <translation>View category tree</translation>
    </message>
    <message>
        <source>查看立结案标准</source>
        <translation>View category standard</translation>
    </message>
    <message>
        <source>新增分类节点</source>
        <translation>Add category node</translation>
    </message>
    <message>
        <source>导出立结案标准</source>
        <translation>Export category standards</translation>
    </message>
    <message>
        <source>预览导入</source>
        <translation>preview an import</translation>
    </message>
    <message>
        <source>查看导入记录</source>
        <translation>view import batches</translation>
    </message>
    <message>
        <source>查看导入字段</source>
        <translation>view import fields</translation>
    </message>
    <message>
        <source>查看列映射</source>
        <translation>view column mappings</translation>
    </message>
    <message>
        <source>保存列映射</source>
        <translation>save a column mapping</translation>
    </message>
    <message>
        <source>删除列映射</source>
        <translation>delete a column mapping</translation>
    </message>
    <message>
        <source>查看分类映射</source>
        <translation>view category mappings</translation>
    </message>
    <message>
        <source>设置分类映射</source>
        <translation>set a category mapping</translation>
    </message>
    <message>
        <source>删除分类映射</source>
        <translation>delete a category mapping</translation>
    </message>
    <message>
        <source>查看平台信息</source>
        <translation>view the platform&apos;s fields</translation>
    </message>
    <message>
        <source>重新分类待分类工单</source>
        <translation>Re-classify unclassified tickets</translation>
    </message>
    <message>
        <source>未联系到反映人时不能填写“承办部门是否联系过您”。</source>
        <translation>&quot;Did the department contact you&quot; cannot be answered when the resident was not reached.</translation>
    </message>
    <message>
        <source>督办改派：{note}</source>
        <translation>Reassigned by the supervisor: {note}</translation>
    </message>
    <message>
        <source>首次运行</source>
        <translation>First run</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>挂起超过上限 {limit}，自动恢复计时</source>
        <translation>Suspended beyond the maximum of {limit}; clock resumed automatically</translation>
    </message>
    <message>
        <source>他人</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>取消项目</source>
        <translation>cancel a project</translation>
    </message>
    <message>
        <source>列为项目来源</source>
        <translation>Linked to a project</translation>
    </message>
    <message>
        <source>移出项目来源</source>
        <translation>Unlinked from a project</translation>
    </message>
    <message>
        <source>查看派单时限</source>
        <translation>View a dispatch&apos;s time limits</translation>
    </message>
    <message>
        <source>关联项目工单</source>
        <translation>link tickets to a project</translation>
    </message>
    <message>
        <source>取消关联项目工单</source>
        <translation>unlink tickets from a project</translation>
    </message>
    <message>
        <source>录入项目票决</source>
        <translation>record a project vote</translation>
    </message>
    <message>
        <source>查看项目优先级</source>
        <translation>view a project&apos;s priority</translation>
    </message>
    <message>
        <source>查看项目列表</source>
        <translation>view the projects</translation>
    </message>
    <message>
        <source>查看项目</source>
        <translation>view a project</translation>
    </message>
    <message>
        <source>查看年度清单</source>
        <translation>view the annual list</translation>
    </message>
    <message>
        <source>推进项目阶段</source>
        <translation>move a project on</translation>
    </message>
    <message>
        <source>完成项目节点</source>
        <translation>Complete a project milestone</translation>
    </message>
    <message>
        <source>记录项目进度</source>
        <translation>Record project progress</translation>
    </message>
    <message>
        <source>记录施工日志</source>
        <translation>record the construction log</translation>
    </message>
    <message>
        <source>记录质量安全巡查</source>
        <translation>record an inspection</translation>
    </message>
    <message>
        <source>查看项目进展</source>
        <translation>view a project&apos;s lifecycle</translation>
    </message>
    <message>
        <source>查看本部门项目节点</source>
        <translation>view the department&apos;s project milestones</translation>
    </message>
    <message>
        <source>查看项目文件</source>
        <translation>view a project file</translation>
    </message>
    <message>
        <source>查看问题清单</source>
        <translation>View the problem hotspots</translation>
    </message>
    <message>
        <source>查看问题清单的工单</source>
        <translation>View a hotspot&apos;s tickets</translation>
    </message>
    <message>
        <source>督办延期：{note}</source>
        <translation>Deadline extended by the supervisor: {note}</translation>
    </message>
    <message>
        <source>结束日期 {end} 早于开始日期 {start}。</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <source>统计期最长三年（{max} 天），所选为 {days} 天。</source>
        <translation>A period is at most three years ({max} days); the one chosen has {days} days.</translation>
    </message>
    <message>
        <source>开始日期 {start} 尚未到来，无法统计。</source>
        <translation>The start date {start} has not come yet: nothing to count.</translation>
    </message>
    <message>
        <source>未知的分组方式：{value}（可选：按社区和分类 community_category、按地点 place）。</source>
        <translation>Unknown grouping: {value} (choose community_category or place).</translation>
    </message>
    <message>
        <source>未知的排序方式：{value}（可选：{choices}）。</source>
        <translation>Unknown sort: {value} (choose one of {choices}).</translation>
    </message>
    <message>
        <source>条数须在 1 到 {max} 之间（收到 {value}）。</source>
        <translation>The number of rows must be between 1 and {max} (got {value}).</translation>
    </message>
    <message>
        <source>文件过大（{size}），每个文件不能超过 {limit}。</source>
        <translation>The file is too large ({size}); each file may be at most {limit}.</translation>
    </message>
    <message>
        <source>图片“{name}”已损坏或不完整，无法打开，没有添加。</source>
        <translation>The image “{name}” is damaged or incomplete and cannot be opened; it was not added.</translation>
    </message>
    <message>
        <source>不支持的文件类型“{ext}”：只能添加 JPEG、PNG、HEIC 照片和 PDF 文档。</source>
        <translation>Unsupported file type “{ext}”: only JPEG, PNG and HEIC photos and PDF documents can be added.</translation>
    </message>
    <message>
        <source>本机未安装 HEIC 支持（pillow-heif），请先把照片转换为 JPEG。</source>
        <translation>HEIC support (pillow-heif) is not installed on this computer; convert the photo to JPEG first.</translation>
    </message>
    <message>
        <source>文件“{name}”是空的（0 字节），没有添加。</source>
        <translation>The file “{name}” is empty (0 bytes); it was not added.</translation>
    </message>
    <message>
        <source>文件“{name}”的扩展名表示{claimed}，内容却是{actual}，没有添加。</source>
        <translation>The file “{name}” is named as a {claimed} but its content is a {actual}; it was not added.</translation>
    </message>
    <message>
        <source>无法读取文件：{error}</source>
        <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
        <source>文件“{name}”不是{claimed}（内容无法识别），没有添加。</source>
        <translation>The file “{name}” is not a {claimed} (its content is not recognised); it was not added.</translation>
    </message>
    <message>
        <source>PDF 文档“{name}”不完整或已损坏（缺少文件结尾），没有添加。</source>
        <translation>The PDF document “{name}” is incomplete or damaged (its end is missing); it was not added.</translation>
    </message>
    <message>
        <source>图片“{name}”的像素过多（超过 {limit} 万像素），可能是恶意文件，没有添加。</source>
        <translation>The image “{name}” has too many pixels (over {limit} × 10,000) and may be malicious; it was not added.</translation>
    </message>
    <message>
        <source>JPEG 图片</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>PNG 图片</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>HEIC 照片</source>
        <translation>HEIC photo</translation>
    </message>
    <message>
        <source>PDF 文档</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>请提供文件名（含扩展名，如 现场.jpg）。</source>
        <translation>Give a file name with its extension (for example site.jpg).</translation>
    </message>
    <message>
        <source>文件名含有非法字符。</source>
        <translation>The file name contains invalid characters.</translation>
    </message>
    <message>
        <source>环节只能是受理、响应或办结（或不填：工单本身的附件）。</source>
        <translation>The step must be intake, response or resolution (or none: an attachment of the ticket itself).</translation>
    </message>
    <message>
        <source>类别只能是处置前、处置后或其他。</source>
        <translation>The kind must be before, after or other.</translation>
    </message>
    <message>
        <source>{step}环节的附件须指明派单。</source>
        <translation>An attachment of the {step} step must name its dispatch.</translation>
    </message>
    <message>
        <source>派单上的附件须注明环节：响应或办结。</source>
        <translation>An attachment on a dispatch must name its step: response or resolution.</translation>
    </message>
    <message>
        <source>工单 {number} {state}，不能再添加附件。</source>
        <translation>Ticket {number} is {state}: no more attachments can be added.</translation>
    </message>
    <message>
        <source>派单 {id} 不属于工单 {number}。</source>
        <translation>Dispatch {id} does not belong to ticket {number}.</translation>
    </message>
    <message>
        <source>工单 {number} 已有 {count} 个附件，不能再添加。</source>
        <translation>Ticket {number} already has {count} attachments; no more can be added.</translation>
    </message>
    <message>
        <source>只有添加附件的人才能删除它（{name}）。</source>
        <translation>Only the person who added an attachment may remove it ({name}).</translation>
    </message>
    <message>
        <source>工单 {number} {state}，附件不能再删除。</source>
        <translation>Ticket {number} is {state}: its attachments can no longer be removed.</translation>
    </message>
    <message>
        <source>找不到附件 {id}。</source>
        <translation>Attachment {id} not found.</translation>
    </message>
    <message>
        <source>“{category}”类工单办结时须附处置后照片：请先在办结环节添加一张“处置后”照片。</source>
        <translation>Tickets of the category “{category}” need a photo after the work to be resolved: first add an “after” photo at the resolution step.</translation>
    </message>
    <message>
        <source>部门联络员只能在本部门派单的响应、办结环节添加附件。</source>
        <translation>A department responder can add attachments only at the response and resolution steps of their own department&apos;s dispatch.</translation>
    </message>
    <message>
        <source>派单 {id} 不属于您的部门，您只能在本部门的派单上添加附件。</source>
        <translation>Dispatch {id} is not your department&apos;s; you can add attachments only to your own department&apos;s dispatches.</translation>
    </message>
    <message>
        <source>派单已{state}，不能再添加附件。</source>
        <translation>The dispatch is {state}: no more attachments can be added.</translation>
    </message>
    <message>
        <source>该派单已办结，它的附件是办结的依据，不能删除。</source>
        <translation>This dispatch is resolved: its attachments are the evidence of the resolution and cannot be removed.</translation>
    </message>
    <message>
        <source>添加附件：{name}</source>
        <translation>Attachment added: {name}</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>删除附件：{name}</source>
        <translation>Attachment removed: {name}</translation>
    </message>
    <message>
        <source>请提供文件内容或文件路径（二者选一）。</source>
        <translation>Give either the file&apos;s content or its path (one of the two).</translation>
    </message>
    <message>
        <source>照片须以文件路径的列表提供。</source>
        <translation>Photos must be given as a list of file paths.</translation>
    </message>
    <message>
        <source>一次最多添加 {count} 个文件。</source>
        <translation>At most {count} files can be added at once.</translation>
    </message>
    <message>
        <source>工单 {number} 没有派单 {id}。</source>
        <translation>Ticket {number} has no dispatch {id}.</translation>
    </message>
    <message>
        <source>{name} 不是 Excel 或 CSV 文件（文件内容与扩展名不符）。请选择从 12345 平台导出的 .xlsx、.xls 或 .csv 文件。</source>
        <translation>{name} is not an Excel or CSV file (its content does not match its extension). Choose an .xlsx, .xls or .csv file exported from the 12345 platform.</translation>
    </message>
    <message>
        <source>在文件前 {count} 行中没有找到表头（至少要有 {min} 个认识的列名，例如 工单编号、问题分类、主要内容）。</source>
        <translation>No header row in the first {count} rows of the file (it needs at least {min} known column names, such as 工单编号, 问题分类, 主要内容).</translation>
    </message>
    <message>
        <source>文件 {name} 是空的（0 字节）。</source>
        <translation>The file {name} is empty (0 bytes).</translation>
    </message>
    <message>
        <source>找不到文件：{name}</source>
        <translation>File not found: {name}</translation>
    </message>
    <message>
        <source>无法读取文件 {name}：{error}</source>
        <translation>Cannot read the file {name}: {error}</translation>
    </message>
    <message>
        <source>发布阳光工程</source>
        <translation>publish the Sunshine Projects site</translation>
    </message>
    <message>
        <source>查看项目资金与验收</source>
        <translation>view a project&apos;s money and acceptance</translation>
    </message>
    <message>
        <source>查看参建单位</source>
        <translation>view the firms</translation>
    </message>
    <message>
        <source>查看项目回访名单</source>
        <translation>view a project&apos;s callback list</translation>
    </message>
    <message>
        <source>登记项目回头看</source>
        <translation>record a project&apos;s revisit</translation>
    </message>
    <message>
        <source>查看待回头看项目</source>
        <translation>view the projects due for a revisit</translation>
    </message>
    <message>
        <source>查看参建单位红黑榜</source>
        <translation>view the contractors&apos; red and black lists</translation>
    </message>
    <message>
        <source>预览地图边界</source>
        <translation>preview map boundaries</translation>
    </message>
    <message>
        <source>查看地图</source>
        <translation>view the map</translation>
    </message>
    <message>
        <source>查看社区工单</source>
        <translation>view a community&apos;s tickets</translation>
    </message>
    <message>
        <source>查看工单位置</source>
        <translation>view a ticket&apos;s location</translation>
    </message>
    <message>
        <source>标注工单位置</source>
        <translation>mark a ticket&apos;s location</translation>
    </message>
    <message>
        <source>清除工单位置</source>
        <translation>clear a ticket&apos;s location</translation>
    </message>
    <message>
        <source>{name} 是一个文件夹，请选择 GeoJSON 或 Shapefile 文件。</source>
        <translation>{name} is a folder: choose a GeoJSON or Shapefile file.</translation>
    </message>
    <message>
        <source>文件过大（{size} MB，最多 {limit} MB）：边界文件应只含本街道的社区、网格或道路。</source>
        <translation>The file is too large ({size} MB, at most {limit} MB): a boundary file should hold only this street&apos;s communities, grids or roads.</translation>
    </message>
    <message>
        <source>文件 {name} 是空的。</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>文件 {name} 不是 GeoJSON：缺少 type（应为 FeatureCollection）。</source>
        <translation>The file {name} is not GeoJSON: it has no type (a FeatureCollection is expected).</translation>
    </message>
    <message>
        <source>文件有 {count} 个要素，最多 {limit} 个。</source>
        <translation>The file has {count} features; at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>Shapefile {name} 缺少同名的 .dbf 文件（属性表，含社区名称）：请把 .shp、.shx、.dbf 放在同一文件夹，或一起打包成 zip。</source>
        <translation>The Shapefile {name} has no .dbf file of the same name (the attribute table with the community names): put the .shp, .shx and .dbf in one folder, or zip them together.</translation>
    </message>
    <message>
        <source>Shapefile {name} 缺少同名的 .shx 文件（索引）：请把 .shp、.shx、.dbf 放在同一文件夹，或一起打包成 zip。</source>
        <translation>The Shapefile {name} has no .shx file of the same name (its index): put the .shp, .shx and .dbf in one folder, or zip them together.</translation>
    </message>
    <message>
        <source>Shapefile {name} 使用投影坐标（{projection}）：请在 GIS 软件中另存为经纬度坐标（WGS84 或 GCJ-02）后再导入。</source>
        <translation>The Shapefile {name} uses projected coordinates ({projection}): save it with longitude/latitude (WGS84 or GCJ-02) in your GIS software, then import it.</translation>
    </message>
    <message>
        <source>文件 {name} 不是 GeoJSON（不是 UTF-8 文本）。</source>
        <translation>The file {name} is not GeoJSON (not UTF-8 text).</translation>
    </message>
    <message>
        <source>文件 {name} 不是有效的 GeoJSON：第 {line} 行第 {column} 列有误（{error}）。</source>
        <translation>The file {name} is not valid GeoJSON: error at line {line}, column {column} ({error}).</translation>
    </message>
    <message>
        <source>文件 {name} 不是有效的 GeoJSON（嵌套过深）。</source>
        <translation>The file {name} is not valid GeoJSON (nested too deeply).</translation>
    </message>
    <message>
        <source>GeoJSON 的 FeatureCollection 缺少 features 列表。</source>
        <translation>The GeoJSON FeatureCollection has no features list.</translation>
    </message>
    <message>
        <source>GeoJSON 的类型是 {kind}：请导出为带属性的 FeatureCollection（每个要素有社区名称属性）。</source>
        <translation>The GeoJSON&apos;s type is {kind}: export a FeatureCollection with properties (each feature with a community name).</translation>
    </message>
    <message>
        <source>第 {index} 个要素不是 GeoJSON Feature。</source>
        <translation>Feature {index} is not a GeoJSON Feature.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的 properties 不是对象。</source>
        <translation>The properties of feature {index} are not an object.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的 geometry 无效。</source>
        <translation>The geometry of feature {index} is not valid.</translation>
    </message>
    <message>
        <source>第 {index} 个要素是 GeometryCollection：请拆分为多边形或线。</source>
        <translation>Feature {index} is a GeometryCollection: split it into polygons or lines.</translation>
    </message>
    <message>
        <source>文件 {name} 不是有效的 zip 压缩包。</source>
        <translation>The file {name} is not a valid zip archive.</translation>
    </message>
    <message>
        <source>无法读取 Shapefile {name}：{error}</source>
        <translation>Cannot read the Shapefile {name}: {error}</translation>
    </message>
    <message>
        <source>压缩包 {name} 中没有 .shp 文件。</source>
        <translation>The archive {name} holds no .shp file.</translation>
    </message>
    <message>
        <source>压缩包 {name} 中有 {count} 个 .shp 文件，请一次导入一个图层。</source>
        <translation>The archive {name} holds {count} .shp files: import one layer at a time.</translation>
    </message>
    <message>
        <source>压缩包解压后超过 {limit} MB。</source>
        <translation>The archive unpacks to more than {limit} MB.</translation>
    </message>
    <message>
        <source>未知的图层：{value}（可选：communities 社区/网格、roads 道路/建筑）。</source>
        <translation>Unknown layer: {value} (choose communities or roads).</translation>
    </message>
    <message>
        <source>未知的坐标系：{value}（可选：wgs84、gcj02）。</source>
        <translation>Unknown coordinate system: {value} (choose wgs84 or gcj02).</translation>
    </message>
    <message>
        <source>第 {index} 个要素没有几何图形（空要素）。</source>
        <translation>Feature {index} has no geometry (an empty feature).</translation>
    </message>
    <message>
        <source>第 {index} 个要素是 {kind}：道路/建筑图层只接受线和多边形。</source>
        <translation>Feature {index} is a {kind}: the roads layer takes only lines and polygons.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的线是空的。</source>
        <translation>The line of feature {index} is empty.</translation>
    </message>
    <message>
        <source>文件中没有要素（空图层）。</source>
        <translation>The file has no features (an empty layer).</translation>
    </message>
    <message>
        <source>未知的状态筛选：{value}（可选：all、open、overdue、closed）。</source>
        <translation>Unknown state filter: {value} (choose all, open, overdue or closed).</translation>
    </message>
    <message>
        <source>分类无效。</source>
        <translation>The category is not valid.</translation>
    </message>
    <message>
        <source>地图范围无效。</source>
        <translation>The map area is not valid.</translation>
    </message>
    <message>
        <source>地图点数上限无效。</source>
        <translation>The limit of map points is not valid.</translation>
    </message>
    <message>
        <source>未知社区：{name}</source>
        <translation>Unknown community: {name}</translation>
    </message>
    <message>
        <source>坐标（{lon}, {lat}）不在中国境内（经度在前、纬度在后）。</source>
        <translation>The coordinates ({lon}, {lat}) are not in China (longitude first, then latitude).</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的项目。</source>
        <translation>There is no project numbered {number}.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的坐标无效：{value}</source>
        <translation>The coordinates of feature {index} are not valid: {value}</translation>
    </message>
    <message>
        <source>第 {index} 个要素的坐标（{lon}, {lat}）不在中国境内：文件应使用经纬度（WGS84 或 GCJ-02），经度在前。</source>
        <translation>The coordinates ({lon}, {lat}) of feature {index} are not in China: the file must use longitude/latitude (WGS84 or GCJ-02), longitude first.</translation>
    </message>
    <message>
        <source>文件的顶点超过 {limit} 个：边界文件应只含本街道。</source>
        <translation>The file has more than {limit} vertices: a boundary file should hold only this street.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的线少于两个点。</source>
        <translation>The line of feature {index} has fewer than two points.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的多边形少于三个角，或是空的。</source>
        <translation>The polygon of feature {index} has fewer than three corners, or is empty.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的多边形边界自相交（边界线交叉）：请在 GIS 软件中修复后再导入。</source>
        <translation>The polygon of feature {index} intersects itself (its boundary crosses): repair it in your GIS software, then import it.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的多边形面积为零。</source>
        <translation>The polygon of feature {index} has no area.</translation>
    </message>
    <message>
        <source>第 {index} 个要素的多边形是空的。</source>
        <translation>The polygon of feature {index} is empty.</translation>
    </message>
    <message>
        <source>第 {index} 个要素是 {kind}：社区/网格图层只接受多边形（Polygon、MultiPolygon）。</source>
        <translation>Feature {index} is a {kind}: the communities layer takes only polygons (Polygon, MultiPolygon).</translation>
    </message>
    <message>
        <source>文件中没有属性“{name}”。文件中的属性有：{available}。</source>
        <translation>The file has no property &quot;{name}&quot;. Its properties are: {available}.</translation>
    </message>
    <message>
        <source>坐标须为数字（经度、纬度）。</source>
        <translation>Coordinates must be numbers (longitude, latitude).</translation>
    </message>
    <message>
        <source>项目位置须为点（point）或线（line）。</source>
        <translation>A project&apos;s location must be a point or a line.</translation>
    </message>
    <message>
        <source>没有坐标。</source>
        <translation>No coordinates.</translation>
    </message>
    <message>
        <source>线的点过多（最多 10000 个）。</source>
        <translation>The line has too many points (at most 10000).</translation>
    </message>
    <message>
        <source>点位置须只有一对坐标。</source>
        <translation>A point location takes exactly one pair of coordinates.</translation>
    </message>
    <message>
        <source>线位置至少需要两个点。</source>
        <translation>A line location needs at least two points.</translation>
    </message>
    <message>
        <source>未知的地图内容：{value}（可选：tickets、overdue、projects）。</source>
        <translation>Unknown map content: {value} (choose tickets, overdue or projects).</translation>
    </message>
    <message>
        <source>文件 {name} 中没有工作表。</source>
        <translation>The file {name} has no worksheet.</translation>
    </message>
    <message>
        <source>文件 {name} 已损坏或无法读取（{error}）。</source>
        <translation>The file {name} is damaged or cannot be read ({error}).</translation>
    </message>
    <message>
        <source>文件 {name} 无法按文本读取（{error}）。</source>
        <translation>The file {name} cannot be read as text ({error}).</translation>
    </message>
    <message>
        <source>文件缺少必需的列：{column}。请检查表头，或在导入时指定这一列对应的表头。</source>
        <translation>The file lacks a required column: {column}. Check the header row, or choose the header for this column when importing.</translation>
    </message>
    <message>
        <source>无法保存文件 {name}：{error}</source>
        <translation>Cannot save the file {name}: {error}</translation>
    </message>
    <message>
        <source>未知的导入字段：{field}</source>
        <translation>Unknown import field: {field}</translation>
    </message>
    <message>
        <source>来源系统名称过长（最多 32 个字符）。</source>
        <translation>The source system&apos;s name is too long (at most 32 characters).</translation>
    </message>
    <message>
        <source>没有名为“{name}”的列映射。</source>
        <translation>There is no column mapping named “{name}”.</translation>
    </message>
    <message>
        <source>名称过长（最多 64 个字符）。</source>
        <translation>The name is too long (at most 64 characters).</translation>
    </message>
    <message>
        <source>平台分类路径无效：{path}</source>
        <translation>Invalid platform category path: {path}</translation>
    </message>
    <message>
        <source>不能映射到“待分类”：请选择一个真正的分类。</source>
        <translation>Cannot map to “Unclassified”: choose a real category.</translation>
    </message>
    <message>
        <source>没有平台分类“{path}”的映射。</source>
        <translation>There is no mapping for the platform category “{path}”.</translation>
    </message>
    <message>
        <source>工单 {number} 还是“待分类”（12345 平台的分类没有对应的本地分类）：请先修改工单、选择分类，再吹哨派单。</source>
        <translation>Ticket {number} is still “Unclassified” (the 12345 platform&apos;s category maps to no local category): edit the ticket and choose a category before whistling.</translation>
    </message>
    <message>
        <source>文件有约 {count} 行，一次最多导入 {limit} 行：请在平台上按时间分批导出后分别导入。</source>
        <translation>The file has about {count} rows; at most {limit} rows can be imported at once: export in parts by date on the platform and import each.</translation>
    </message>
    <message>
        <source>数据库中缺少保留分类“待分类”，请先升级数据库（whistle-desk db upgrade）。</source>
        <translation>The reserved category “待分类” is missing from the database: upgrade the database first (whistle-desk db upgrade).</translation>
    </message>
    <message>
        <source>导入已取消，没有写入任何数据。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>文件在表头（第 {row} 行）之后没有数据行。</source>
        <translation>The file has no data rows after its header (row {row}).</translation>
    </message>
    <message>
        <source>有 {count} 行不能导入（例如第 {row} 行：{reason}），本次没有导入任何数据。请修正后重新导入，或选择跳过这些行。</source>
        <translation>{count} rows cannot be imported (for example row {row}: {reason}); nothing was imported. Fix them and import again, or choose to skip these rows.</translation>
    </message>
    <message>
        <source>列名过长：{name}</source>
        <translation>Column name too long: {name}</translation>
    </message>
    <message>
        <source>列名“{name}”已经是字段“{other}”的别名。</source>
        <translation>The column name “{name}” is already a name of the field “{other}”.</translation>
    </message>
    <message>
        <source>文件超过 {limit} 行，一次最多导入 {limit} 行：请在平台上按时间分批导出后分别导入。</source>
        <translation>The file has more than {limit} rows; at most {limit} rows can be imported at once: export in parts by date on the platform and import each.</translation>
    </message>
    <message>
        <source>工单 {number} 已作为重复件并入 {parent}，请在主工单上办理（或先拆分）。</source>
        <translation>Ticket {number} was merged into {parent} as a repeat: handle it on the main ticket (or split it off first).</translation>
    </message>
    <message>
        <source>工单 {number} 有并入的重复件 {child} 尚未结案，不能撤销：请先拆分重复件。</source>
        <translation>Ticket {number} has a merged repeat, {child}, that is not closed: it cannot be cancelled. Split the repeat off first.</translation>
    </message>
    <message>
        <source>工单 {number} 已有 {count} 件重复件并入，不能再并入其他工单（不支持多级合并）。</source>
        <translation>{count} repeats are merged into ticket {number}: it cannot be merged into another ticket (no chains of merges).</translation>
    </message>
    <message>
        <source>不能把工单 {number} 并入它自己。</source>
        <translation>Ticket {number} cannot be merged into itself.</translation>
    </message>
    <message>
        <source>工单 {number} 已并入另一件工单：请先拆分。</source>
        <translation>Ticket {number} is merged into another ticket: split it off first.</translation>
    </message>
    <message>
        <source>工单 {number} 已撤销，不能作为主工单。</source>
        <translation>Ticket {number} is cancelled and cannot be a main ticket.</translation>
    </message>
    <message>
        <source>工单 {number} 当前为“{state}”：只有待派或已结案的工单可以并入（已派出的请先撤回派单）。</source>
        <translation>Ticket {number} is “{state}”: only a ticket awaiting dispatch or a closed one can be merged (withdraw the dispatches of a dispatched one first).</translation>
    </message>
    <message>
        <source>工单 {number} 仍有办理中的派单，请先撤回派单再并入。</source>
        <translation>Ticket {number} still has dispatches in progress: withdraw them before merging it.</translation>
    </message>
    <message>
        <source>两件工单的社区不同（{a} / {b}），确认是同一问题后再合并。</source>
        <translation>The two tickets differ in community ({a} / {b}): merge only after confirming that they are the same problem.</translation>
    </message>
    <message>
        <source>工单 {number} 已经并入 {parent}。</source>
        <translation>Ticket {number} is already merged into {parent}.</translation>
    </message>
    <message>
        <source>两件工单的社区（{a} / {b}）和分类（{c} / {d}）都不同，确认是同一问题后再合并。</source>
        <translation>The two tickets differ in community ({a} / {b}) and category ({c} / {d}): merge only after confirming that they are the same problem.</translation>
    </message>
    <message>
        <source>两件工单的分类不同（{a} / {b}），确认是同一问题后再合并。</source>
        <translation>The two tickets differ in category ({a} / {b}): merge only after confirming that they are the same problem.</translation>
    </message>
    <message>
        <source>条数须在 1 到 20 之间。</source>
        <translation>The number of results must be between 1 and 20.</translation>
    </message>
    <message>
        <source>请确认是否合并。</source>
        <translation>Please confirm whether to merge.</translation>
    </message>
    <message>
        <source>建议编号无效。</source>
        <translation>Invalid proposal number.</translation>
    </message>
    <message>
        <source>工单 {number} 没有并入其他工单，无需拆分。</source>
        <translation>Ticket {number} is not merged into another ticket: nothing to split.</translation>
    </message>
    <message>
        <source>找不到重复件建议 {id}。</source>
        <translation>Repeat proposal {id} not found.</translation>
    </message>
    <message>
        <source>该建议已处理。</source>
        <translation>This proposal has already been handled.</translation>
    </message>
    <message>
        <source>已连接数据库服务器，实时更新已开启。</source>
        <translation>Connected to the database server; live updates are on.</translation>
    </message>
    <message>
        <source>已重新连接数据库服务器，数据已刷新。</source>
        <translation>Reconnected to the database server; the data has been refreshed.</translation>
    </message>
    <message>
        <source>实时更新已中断，正在自动重连。{cause}</source>
        <translation>Live updates interrupted; reconnecting automatically. {cause}</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>同名的文件已存在</source>
        <translation>a file of that name exists</translation>
    </message>
    <message>
        <source>路径中有一段是文件而不是文件夹</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>这是一个文件夹，请给出文件名</source>
        <translation>it is a folder: give a file name</translation>
    </message>
    <message>
        <source>磁盘是只读的</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>磁盘空间不足</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>项目 {number} 处于{stage}阶段：立项后才能记录进度、日志和巡查。</source>
        <translation>Project {number} is at {stage}: progress, the log and inspections are recorded once it is initiated.</translation>
    </message>
    <message>
        <source>日期须是日期。</source>
        <translation>The date must be a date.</translation>
    </message>
    <message>
        <source>日期不能晚于今天（{today}）。</source>
        <translation>The date cannot be after today ({today}).</translation>
    </message>
    <message>
        <source>日期太早：最多补记 {days} 天以内的记录。</source>
        <translation>The date is too early: entries can be made up to {days} days late.</translation>
    </message>
    <message>
        <source>完成百分比须是 0 到 100 的整数。</source>
        <translation>Percent complete must be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>巡查人须是监理、街道工作人员或市民观察员。</source>
        <translation>The inspector must be the site supervisor, office staff or a citizen observer.</translation>
    </message>
    <message>
        <source>问题须为列表（最多 {count} 条）。</source>
        <translation>Findings must be a list (at most {count}).</translation>
    </message>
    <message>
        <source>项目 {number} 还没有立项。</source>
        <translation>Project {number} is not initiated yet.</translation>
    </message>
    <message>
        <source>找不到记录 {id}。</source>
        <translation>Entry {id} not found.</translation>
    </message>
    <message>
        <source>储备</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>已列入清单</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>立项</source>
        <translation>Initiated</translation>
    </message>
    <message>
        <source>招标</source>
        <translation>Tendering</translation>
    </message>
    <message>
        <source>施工</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>运维</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>这里已有 {count} 个文件，不能再添加。</source>
        <translation>There are already {count} files here; no more can be added.</translation>
    </message>
    <message>
        <source>找不到文件 {id}。</source>
        <translation>File {id} not found.</translation>
    </message>
    <message>
        <source>添加文件：{name}</source>
        <translation>File added: {name}</translation>
    </message>
    <message>
        <source>找不到项目节点 {id}。</source>
        <translation>Project milestone {id} not found.</translation>
    </message>
    <message>
        <source>未知或已停用的部门：{name}。</source>
        <translation>Unknown or disabled department: {name}.</translation>
    </message>
    <message>
        <source>请给出计划完成日期或期限（二者选一）。</source>
        <translation>Give a planned date or a time limit (one of the two).</translation>
    </message>
    <message>
        <source>计划完成日期须是日期。</source>
        <translation>The planned date must be a date.</translation>
    </message>
    <message>
        <source>{day} 不是工作日：请选择一个工作日作为计划完成日期。</source>
        <translation>{day} is not a working day: please choose a working day as the planned date.</translation>
    </message>
    <message>
        <source>计划完成日期 {day} 已经过去。</source>
        <translation>The planned date {day} has passed.</translation>
    </message>
    <message>
        <source>计划完成日期太远：最多 {days} 天以后。</source>
        <translation>The planned date is too far ahead: at most {days} days.</translation>
    </message>
    <message>
        <source>项目 {number} 处于{stage}阶段：列入批准的年度清单后才能安排节点。</source>
        <translation>Project {number} is at {stage}: milestones are planned once it is on the approved yearly list.</translation>
    </message>
    <message>
        <source>节点只能属于立项、招标、施工、验收或运维阶段。</source>
        <translation>A milestone belongs to initiation, tendering, construction, acceptance or operation.</translation>
    </message>
    <message>
        <source>项目 {number} 已经过了{stage}阶段，不能再为它安排节点。</source>
        <translation>Project {number} has left {stage}: no milestone can be planned for it.</translation>
    </message>
    <message>
        <source>协办部门须为部门名称的列表（最多 {count} 个）。</source>
        <translation>Assisting departments must be a list of department names (at most {count}).</translation>
    </message>
    <message>
        <source>{name} 已是主办部门，不能同时协办。</source>
        <translation>{name} is already the lead department; it cannot assist too.</translation>
    </message>
    <message>
        <source>您的部门没有被召集到这个节点：只能为本部门报到。</source>
        <translation>Your department was not summoned to this milestone: you can report in only for your own department.</translation>
    </message>
    <message>
        <source>本部门已于 {at} 报到。</source>
        <translation>Your department reported in at {at}.</translation>
    </message>
    <message>
        <source>节点“{name}”已完成，无需再报到。</source>
        <translation>Milestone “{name}” is done; no need to report in.</translation>
    </message>
    <message>
        <source>只有节点的主办部门才能标记完成：这不是本部门主办的节点。</source>
        <translation>Only the milestone&apos;s lead department can mark it done: your department does not lead it.</translation>
    </message>
    <message>
        <source>节点“{name}”已经完成。</source>
        <translation>Milestone “{name}” is already done.</translation>
    </message>
    <message>
        <source>节点“{name}”属于{stage}阶段，项目进入该阶段后才能完成。</source>
        <translation>Milestone “{name}” belongs to {stage}; it can be done once the project is there.</translation>
    </message>
    <message>
        <source>项目节点的督办事项不能改派：请催办、延期或确认通报。</source>
        <translation>A project milestone&apos;s escalation cannot be reassigned: urge, extend or confirm it.</translation>
    </message>
    <message>
        <source>期限过长：最多 {days} 天。</source>
        <translation>The time limit is too long: at most {days} days.</translation>
    </message>
    <message>
        <source>节点已完成</source>
        <translation>Milestone done</translation>
    </message>
    <message>
        <source>项目 {number} 已取消，不能再推进。</source>
        <translation>Project {number} is cancelled and cannot move on.</translation>
    </message>
    <message>
        <source>项目 {number} 还是储备项目：须先列入批准的年度清单，才能立项。</source>
        <translation>Project {number} is still a candidate: it must be on an approved yearly list before it is initiated.</translation>
    </message>
    <message>
        <source>项目 {number} 现在处于{stage}阶段，只能推进到{next}（不能到{to}）。</source>
        <translation>Project {number} is at {stage}: it can move on only to {next} (not to {to}).</translation>
    </message>
    <message>
        <source>项目 {number} 不在 {year} 年已批准的清单上，不能立项。</source>
        <translation>Project {number} is not on the approved list of {year}: it cannot be initiated.</translation>
    </message>
    <message>
        <source>项目 {number} 尚未验收合格：请先录入居民满意度测评并登记验收结果，然后才能进入运维阶段。</source>
        <translation>Project {number} has not passed its acceptance: record the residents&apos; satisfaction survey and the acceptance result before it enters operation.</translation>
    </message>
    <message>
        <source>{stage}阶段还有 {count} 个节点未完成：{names}。完成后才能进入{next}阶段。</source>
        <translation>{count} milestone(s) of {stage} are not done: {names}. The project moves on to {next} when they are.</translation>
    </message>
    <message>
        <source>项目 {number} 已在运维阶段，这是最后一个阶段。</source>
        <translation>Project {number} is in operation, the last stage.</translation>
    </message>
    <message>
        <source>每条问题须写明：name（问题）、lead（整改主办部门）、due_on 或 within（整改期限）。</source>
        <translation>Each finding needs: name (the finding), lead (the department to fix it), due_on or within (the deadline).</translation>
    </message>
    <message>
        <source>整改期限须是日期。</source>
        <translation>The deadline to fix must be a date.</translation>
    </message>
    <message>
        <source>整改期限须写成如 3wd 的时长。</source>
        <translation>The deadline to fix must be a time limit such as 3wd.</translation>
    </message>
    <message>
        <source>未知的评分项：{key}；可用：{known}。</source>
        <translation>Unknown scoring term: {key}; available: {known}.</translation>
    </message>
    <message>
        <source>评分项 {key} 出现了两次。</source>
        <translation>Scoring term {key} appears twice.</translation>
    </message>
    <message>
        <source>评分项 {key} 的权重须在 0 到 1000 之间。</source>
        <translation>The weight of scoring term {key} must be between 0 and 1000.</translation>
    </message>
    <message>
        <source>评分项 {key} 的权重须为数字。</source>
        <translation>The weight of scoring term {key} must be a number.</translation>
    </message>
    <message>
        <source>项目 {number} 不在验收阶段，不能登记测评或验收结果。</source>
        <translation>Project {number} is not in the acceptance stage: no survey or acceptance result can be recorded.</translation>
    </message>
    <message>
        <source>项目 {number} 已验收合格，测评和验收结果不能再改。</source>
        <translation>Project {number} has passed its acceptance: the survey and the result can no longer change.</translation>
    </message>
    <message>
        <source>项目 {number} 的测评已有答卷，题目不能再改。</source>
        <translation>Project {number}&apos;s survey has responses: its questions can no longer change.</translation>
    </message>
    <message>
        <source>请至少设一道测评题目。</source>
        <translation>Set at least one survey question.</translation>
    </message>
    <message>
        <source>测评题目最多 {count} 道。</source>
        <translation>At most {count} survey questions.</translation>
    </message>
    <message>
        <source>测评题目没有变化。</source>
        <translation>The survey questions have not changed.</translation>
    </message>
    <message>
        <source>受访人过长：最多 {count} 个字符。</source>
        <translation>The respondent is too long: at most {count} characters.</translation>
    </message>
    <message>
        <source>须回答全部 {count} 道题（收到 {given} 个答案）。</source>
        <translation>Answer all {count} questions ({given} answers given).</translation>
    </message>
    <message>
        <source>请说明验收是否合格。</source>
        <translation>Say whether the acceptance passed.</translation>
    </message>
    <message>
        <source>验收日期不能晚于今天（{today}）。</source>
        <translation>The acceptance date cannot be after today ({today}).</translation>
    </message>
    <message>
        <source>验收合格前须先录入居民满意度测评（至少一份答卷）。</source>
        <translation>Before the acceptance can pass, record the residents&apos; satisfaction survey (at least one response).</translation>
    </message>
    <message>
        <source>项目 {number} 尚未验收合格，还不能回访居民。</source>
        <translation>Project {number} has not passed its acceptance yet: the residents cannot be called back yet.</translation>
    </message>
    <message>
        <source>工单 {number} 不在项目 {project} 的回访名单上。</source>
        <translation>Ticket {number} is not on project {project}&apos;s callback list.</translation>
    </message>
    <message>
        <source>已回访过工单 {number} 的反映人。</source>
        <translation>The resident of ticket {number} has already been called back.</translation>
    </message>
    <message>
        <source>未知的满意度：{value}。</source>
        <translation>Unknown satisfaction: {value}.</translation>
    </message>
    <message>
        <source>请说明是否需要重新整改。</source>
        <translation>Say whether it must be fixed again.</translation>
    </message>
    <message>
        <source>项目 {number} 没有待进行的回头看（验收合格后才安排）。</source>
        <translation>Project {number} has no revisit to do (one is scheduled once the acceptance passes).</translation>
    </message>
    <message>
        <source>每道题须写明题目和答案类型。</source>
        <translation>Each question needs its text and its kind of answer.</translation>
    </message>
    <message>
        <source>测评题目不能为空。</source>
        <translation>A survey question cannot be empty.</translation>
    </message>
    <message>
        <source>测评题目过长：最多 {count} 个字符。</source>
        <translation>A survey question is too long: at most {count} characters.</translation>
    </message>
    <message>
        <source>未知的答案类型：{kind}（可选：satisfaction 满意度、yes_no 是否）。</source>
        <translation>Unknown kind of answer: {kind} (satisfaction, or yes_no).</translation>
    </message>
    <message>
        <source>题目“{text}”重复了。</source>
        <translation>The question “{text}” appears twice.</translation>
    </message>
    <message>
        <source>第 {position} 题“{text}”的答案无效：{answer}。</source>
        <translation>Invalid answer to question {position} “{text}”: {answer}.</translation>
    </message>
    <message>
        <source>未知的单位类别：{kind}（可选：builder 施工单位、supervisor 监理单位）。</source>
        <translation>Unknown kind of firm: {kind} (builder: contractor, supervisor: supervising engineer).</translation>
    </message>
    <message>
        <source>{label}须为整数（以分计）。</source>
        <translation>{label} must be a whole number of fen.</translation>
    </message>
    <message>
        <source>{label}超出范围（最多 1 万亿元）。</source>
        <translation>{label} is out of range (at most 1 trillion yuan).</translation>
    </message>
    <message>
        <source>{label}不能为零。</source>
        <translation>{label} cannot be zero.</translation>
    </message>
    <message>
        <source>{label}须大于零。</source>
        <translation>{label} must be greater than zero.</translation>
    </message>
    <message>
        <source>项目 {number} 还是储备项目：列入年度清单后才能登记资金、参建单位和验收。</source>
        <translation>Project {number} is still a candidate: once it is on a yearly list its money, parties and acceptance can be recorded.</translation>
    </message>
    <message>
        <source>拨付合计 {paid} 将超过合同金额 {contract} 加已批准的设计变更 {changes}（共 {total}），未保存。</source>
        <translation>The payments would total {paid}, more than the contract amount {contract} plus the approved design changes {changes} ({total} in all): not saved.</translation>
    </message>
    <message>
        <source>金额没有变化。</source>
        <translation>The amounts have not changed.</translation>
    </message>
    <message>
        <source>拨付日期不能晚于今天（{today}）。</source>
        <translation>The payment date cannot be after today ({today}).</translation>
    </message>
    <message>
        <source>项目 {number} 尚未登记合同金额，不能登记拨付。</source>
        <translation>Project {number} has no contract amount yet: no payment can be recorded.</translation>
    </message>
    <message>
        <source>找不到设计变更 {id}。</source>
        <translation>Design change {id} not found.</translation>
    </message>
    <message>
        <source>设计变更 {id} 已经审批过了。</source>
        <translation>Design change {id} has already been decided.</translation>
    </message>
    <message>
        <source>参建单位没有变化。</source>
        <translation>The parties have not changed.</translation>
    </message>
    <message>
        <source>联系电话只能包含数字、空格和 -+()。</source>
        <translation>A phone number may hold only digits, spaces and -+().</translation>
    </message>
    <message>
        <source>请先填写{label}名称。</source>
        <translation>Enter the {label}&apos;s name first.</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>合同金额</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>变更理由</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>监理单位</source>
        <translation>Supervising engineer</translation>
    </message>
    <message>
        <source>施工单位联系人</source>
        <translation>Contractor&apos;s contact</translation>
    </message>
    <message>
        <source>监理单位联系人</source>
        <translation>Supervising engineer&apos;s contact</translation>
    </message>
    <message>
        <source>施工单位联系电话</source>
        <translation>Contractor&apos;s phone</translation>
    </message>
    <message>
        <source>监理单位联系电话</source>
        <translation>Supervising engineer&apos;s phone</translation>
    </message>
    <message>
        <source>年份须为整数。</source>
        <translation>The year must be a whole number.</translation>
    </message>
    <message>
        <source>年份须在 {low} 到 {high} 之间（收到 {value}）。</source>
        <translation>The year must be between {low} and {high} (got {value}).</translation>
    </message>
    <message>
        <source>须为整数。</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>须在 0 到 {high} 之间（收到 {value}）。</source>
        <translation>Must be between 0 and {high} (got {value}).</translation>
    </message>
    <message>
        <source>未知分类：{name}。</source>
        <translation>Unknown category: {name}.</translation>
    </message>
    <message>
        <source>找不到项目 {number}。</source>
        <translation>Project {number} not found.</translation>
    </message>
    <message>
        <source>来自工单或问题清单的项目须关联至少一张工单。</source>
        <translation>A project from tickets or from a hotspot needs at least one linked ticket.</translation>
    </message>
    <message>
        <source>列为项目 {number}“{name}”的来源工单</source>
        <translation>Made a source ticket of project {number} “{name}”</translation>
    </message>
    <message>
        <source>不再是项目 {number}“{name}”的来源工单</source>
        <translation>No longer a source ticket of project {number} “{name}”</translation>
    </message>
    <message>
        <source>项目 {number} 已取消，不能再修改。</source>
        <translation>Project {number} is cancelled and can no longer be changed.</translation>
    </message>
    <message>
        <source>请至少选择一张工单。</source>
        <translation>Choose at least one ticket.</translation>
    </message>
    <message>
        <source>不能修改的字段：{field}。</source>
        <translation>This field cannot be changed: {field}.</translation>
    </message>
    <message>
        <source>会议日期不能晚于今天（{today}）。</source>
        <translation>The meeting date cannot be later than today ({today}).</translation>
    </message>
    <message>
        <source>请至少录入一票。</source>
        <translation>Enter at least one vote.</translation>
    </message>
    <message>
        <source>{voter} 在会议“{meeting}”中的投票已经录入。</source>
        <translation>The vote of {voter} at the meeting “{meeting}” is already recorded.</translation>
    </message>
    <message>
        <source>项目 {number} 已列入年度清单：请先编制不含该项目的新版清单并批准，再取消。</source>
        <translation>Project {number} is on the annual list: first draft and approve a new version without it, then cancel it.</translation>
    </message>
    <message>
        <source>项目 {number} 已进入实施阶段，不能在项目库中取消。</source>
        <translation>Project {number} is being carried out; it cannot be cancelled in the register.</translation>
    </message>
    <message>
        <source>清单至少要有一个项目。</source>
        <translation>The list needs at least one project.</translation>
    </message>
    <message>
        <source>找不到 {year} 年清单的第 {version} 版。</source>
        <translation>Version {version} of the {year} list not found.</translation>
    </message>
    <message>
        <source>{year} 年清单第 {version} 版已经批准。</source>
        <translation>Version {version} of the {year} list is already approved.</translation>
    </message>
    <message>
        <source>{year} 年清单第 {version} 版已被新版本取代，不能再批准。</source>
        <translation>Version {version} of the {year} list has been superseded by a newer version and can no longer be approved.</translation>
    </message>
    <message>
        <source>{year} 年清单已批准了更新的第 {current} 版，不能再批准第 {version} 版。</source>
        <translation>The newer version {current} of the {year} list is already approved; version {version} can no longer be approved.</translation>
    </message>
    <message>
        <source>未知的项目来源：{value}。</source>
        <translation>Unknown project origin: {value}.</translation>
    </message>
    <message>
        <source>工单 {number} 已关联到本项目。</source>
        <translation>Ticket {number} is already linked to this project.</translation>
    </message>
    <message>
        <source>工单 {number} 没有关联到本项目。</source>
        <translation>Ticket {number} is not linked to this project.</translation>
    </message>
    <message>
        <source>每一票须写明投票人和意见。</source>
        <translation>Each vote needs a voter and a choice.</translation>
    </message>
    <message>
        <source>未知的投票意见：{choice}（可选：for 赞成、against 反对、abstain 弃权）。</source>
        <translation>Unknown vote choice: {choice} (choose for, against or abstain).</translation>
    </message>
    <message>
        <source>{voter} 在本次会议中投了两次。</source>
        <translation>{voter} voted twice at this meeting.</translation>
    </message>
    <message>
        <source>项目 {number} 在清单中出现了两次。</source>
        <translation>Project {number} appears twice in the list.</translation>
    </message>
    <message>
        <source>项目 {number} 属于 {project_year} 年，不能列入 {year} 年清单。</source>
        <translation>Project {number} belongs to {project_year} and cannot be put on the {year} list.</translation>
    </message>
    <message>
        <source>项目 {number} 已取消，不能列入清单。</source>
        <translation>Project {number} is cancelled and cannot be put on a list.</translation>
    </message>
    <message>
        <source>{year} 年还没有重点民生工程清单。</source>
        <translation>There is no list of key livelihood works for {year} yet.</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>项目说明</source>
        <translation>Project description</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <source>投票人</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>The reason for cancelling</translation>
    </message>
    <message>
        <source>安全底线须为是或否。</source>
        <translation>The safety bottom line must be yes or no.</translation>
    </message>
    <message>
        <source>未知的项目阶段：{stage}。</source>
        <translation>Unknown project stage: {stage}.</translation>
    </message>
    <message>
        <source>巡查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>项目 {number} 已被他人修改（第 {version} 版），您的修改未保存。请刷新后重试。</source>
        <translation>Project {number} was changed by someone else (version {version}); your changes were not saved. Refresh and try again.</translation>
    </message>
    <message>
        <source>密码不能为空。</source>
        <translation>The password cannot be empty.</translation>
    </message>
    <message>
        <source>数据库地址 {url} 中没有用户名，无法保存密码。</source>
        <translation>The database address {url} has no user name, so the password cannot be stored.</translation>
    </message>
    <message>
        <source>无法把密码保存到系统密钥环：{error}</source>
        <translation>Cannot store the password in the system keyring: {error}</translation>
    </message>
    <message>
        <source>无法从系统密钥环删除密码：{error}</source>
        <translation>Cannot remove the password from the system keyring: {error}</translation>
    </message>
    <message>
        <source>工作时段设置格式错误。</source>
        <translation>The work period setting has a wrong format.</translation>
    </message>
    <message>
        <source>预警比例必须大于 0 且小于 1。</source>
        <translation>The warning share must be greater than 0 and less than 1.</translation>
    </message>
    <message>
        <source>未知设置：{key}</source>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <source>设置值必须是文字。</source>
        <translation>A setting&apos;s value must be text.</translation>
    </message>
    <message>
        <source>未知时区：{value}</source>
        <translation>Unknown time zone: {value}</translation>
    </message>
    <message>
        <source>星期必须是 1–7：{day}</source>
        <translation>The weekday must be 1–7: {day}</translation>
    </message>
    <message>
        <source>预警比例必须是 0 到 1 之间的数。</source>
        <translation>The warning share must be a number between 0 and 1.</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>Cannot be empty.</translation>
    </message>
    <message>
        <source>过长（最多 {count} 个字符）。</source>
        <translation>Too long (at most {count} characters).</translation>
    </message>
    <message>
        <source>须为 0 到 1 之间的数。</source>
        <translation>Must be a number between 0 and 1.</translation>
    </message>
    <message>
        <source>须为 0 到 10000 之间的整数。</source>
        <translation>Must be a whole number between 0 and 10000.</translation>
    </message>
    <message>
        <source>须为 {low} 到 {high} 之间的整数。</source>
        <translation>Must be a whole number between {low} and {high}.</translation>
    </message>
    <message>
        <source>名称必须是文字。</source>
        <translation>The name must be text.</translation>
    </message>
    <message>
        <source>名称不能为空。</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <source>名称过长（最多 {count} 个字符）。</source>
        <translation>The name is too long (at most {count} characters).</translation>
    </message>
    <message>
        <source>名称含有非法字符。</source>
        <translation>The name contains invalid characters.</translation>
    </message>
    <message>
        <source>找不到部门 {name}。</source>
        <translation>No department {name}.</translation>
    </message>
    <message>
        <source>部门 {name} 已存在。</source>
        <translation>The department {name} already exists.</translation>
    </message>
    <message>
        <source>新名称与原名称相同。</source>
        <translation>The new name is the same as the old one.</translation>
    </message>
    <message>
        <source>找不到社区 {name}。</source>
        <translation>No community {name}.</translation>
    </message>
    <message>
        <source>社区 {name} 已存在。</source>
        <translation>The community {name} already exists.</translation>
    </message>
    <message>
        <source>找不到分类 {name}。</source>
        <translation>No category {name}.</translation>
    </message>
    <message>
        <source>未知或已停用的部门：{name}</source>
        <translation>Unknown or disabled department: {name}</translation>
    </message>
    <message>
        <source>分类 {name} 已存在。</source>
        <translation>The category {name} already exists.</translation>
    </message>
    <message>
        <source>未知设置。</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <source>{department}是分类“{categories}”的默认主办部门，请先为这些分类另选默认主办部门。</source>
        <translation>{department} is the default lead department of “{categories}”; first choose another default lead for these categories.</translation>
    </message>
    <message>
        <source>分类 {name} 的默认主办部门 {department} 已停用，请先另选。</source>
        <translation>The default lead department {department} of the category {name} is disabled; choose another one first.</translation>
    </message>
    <message>
        <source>{column}只能填“是”或“否”（留空沿用上级），而不是“{value}”。</source>
        <translation>{column} can only be “是” (yes) or “否” (no) (empty: inherited), not “{value}”.</translation>
    </message>
    <message>
        <source>“办结须附处置后照片”只能是：是、否或沿用上级。</source>
        <translation>&quot;After photo required at resolution&quot; can only be yes, no or inherited.</translation>
    </message>
    <message>
        <source>周次须写成“年-W周”，例如 2026-W47。</source>
        <translation>Write the week as “year-Wweek”, for example 2026-W47.</translation>
    </message>
    <message>
        <source>无法识别的周次：{text}（应写成“年-W周”，例如 2026-W47）。</source>
        <translation>Unrecognised week: {text} (write “year-Wweek”, for example 2026-W47).</translation>
    </message>
    <message>
        <source>年份超出范围：{year}。</source>
        <translation>Year out of range: {year}.</translation>
    </message>
    <message>
        <source>{year} 年只有第 1 至第 {last} 周，没有第 {week} 周。</source>
        <translation>{year} has only weeks 1 to {last}, not week {week}.</translation>
    </message>
    <message>
        <source>未知队列：{queue}</source>
        <translation>Unknown queue: {queue}</translation>
    </message>
    <message>
        <source>搜索内容必须是文字。</source>
        <translation>The search must be text.</translation>
    </message>
    <message>
        <source>搜索内容过长（最多 {count} 个字符）。</source>
        <translation>The search text is too long (at most {count} characters).</translation>
    </message>
    <message>
        <source>搜索内容含有非法字符。</source>
        <translation>The search contains invalid characters.</translation>
    </message>
    <message>
        <source>未知{label}：{value}</source>
        <translation>{label}: unknown value {value}</translation>
    </message>
    <message>
        <source>筛选条件无效。</source>
        <translation>Invalid filter.</translation>
    </message>
    <message>
        <source>结束日期（{end}）早于开始日期（{start}）。</source>
        <translation>The end date ({end}) is before the start date ({start}).</translation>
    </message>
    <message>
        <source>无法按 {sort} 排序。</source>
        <translation>Cannot sort by {sort}.</translation>
    </message>
    <message>
        <source>排序方向无效。</source>
        <translation>Invalid sort direction.</translation>
    </message>
    <message>
        <source>一次最多读取 1000 行。</source>
        <translation>At most 1000 rows can be read at once.</translation>
    </message>
    <message>
        <source>找不到工单 {number}。</source>
        <translation>No ticket {number}.</translation>
    </message>
    <message>
        <source>受理日期无效：{value}</source>
        <translation>Invalid date received: {value}</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>诉求类型</source>
        <translation>Request type</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>{label}必须是文字。</source>
        <translation>{label} must be text.</translation>
    </message>
    <message>
        <source>{label}不能为空。</source>
        <translation>{label} cannot be empty.</translation>
    </message>
    <message>
        <source>{label}过长：{length} 个字符，最多 {count} 个。</source>
        <translation>{label} is too long: {length} characters, at most {count}.</translation>
    </message>
    <message>
        <source>{label}含有非法字符。</source>
        <translation>{label} contains invalid characters.</translation>
    </message>
    <message>
        <source>联系电话必须是文字。</source>
        <translation>The phone number must be text.</translation>
    </message>
    <message>
        <source>联系电话“{phone}”不是有效的手机号或固定电话。</source>
        <translation>“{phone}” is not a valid mobile or landline number.</translation>
    </message>
    <message>
        <source>未知社区：{name}（请从社区列表中选择；新社区由管理员添加）</source>
        <translation>Unknown community: {name} (choose one from the community list; an administrator adds new communities)</translation>
    </message>
    <message>
        <source>12345工单号必须是文字。</source>
        <translation>The 12345 no. must be text.</translation>
    </message>
    <message>
        <source>12345工单号“{value}”格式不对（字母、数字和 - _ /，最多 32 个字符）。</source>
        <translation>The 12345 no. “{value}” has the wrong format (letters, digits and - _ /, at most 32 characters).</translation>
    </message>
    <message>
        <source>{label}须为是或否。</source>
        <translation>{label} must be yes or no.</translation>
    </message>
    <message>
        <source>未知字段：{fields}</source>
        <translation>Unknown fields: {fields}</translation>
    </message>
    <message>
        <source>未知{label}：{value}（可选：{allowed}）。</source>
        <translation>{label}: unknown value {value} (choose from: {allowed}).</translation>
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
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>Reporter name</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
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
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>已导入地图边界：%1</source>
        <translation>Map boundaries imported: %1</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>与数据库的连接已断开，操作未保存。您填写的内容已保留，连接恢复后请再按“%1”。</source>
        <extracomment>What counts as a field for focus and for the Esc question.</extracomment>
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
        <source>已回访待结案</source>
        <translation>Called back, to close</translation>
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
        <source>项目负责人</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>市民观察员</source>
        <translation>Citizen observer</translation>
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
        <source>咨询</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>求助</source>
        <translation>Help request</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>举报</source>
        <translation>Tip-off</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>不需回复</source>
        <translation>No reply needed</translation>
    </message>
    <message>
        <source>延期申请中</source>
        <translation>Extension requested</translation>
    </message>
    <message>
        <source>挂起申请中</source>
        <translation>Suspension requested</translation>
    </message>
    <message>
        <source>已挂起</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 · 并入 %2</source>
        <translation>%1 · merged into %2</translation>
    </message>
    <message>
        <source>已作为重复件并入 %1：跟随主工单的派单和状态办理，请在主工单上派单（或先拆分）；回访和结案仍单独进行。</source>
        <translation>Merged as a repeat into %1: it follows the main ticket&apos;s dispatches and state. Dispatch on the main ticket (or split this one off first); callback and closing are still done separately.</translation>
    </message>
    <message>
        <source>退单申请审批期间计时继续：同意退单前，本部门仍按原时限办理。</source>
        <translation>The clock keeps running while a return request awaits a decision: until the return is approved, the department works to its original deadlines.</translation>
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
        <source>街道</source>
        <translation>Office</translation>
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
        <source>申请关闭</source>
        <translation>Request closed</translation>
    </message>
    <message>
        <source>合并重复件</source>
        <translation>merge repeats</translation>
    </message>
    <message>
        <source>拆分重复件</source>
        <translation>split a repeat</translation>
    </message>
    <message>
        <source>不是重复件</source>
        <translation>Not a repeat</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>删除附件</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>12345 导入</source>
        <translation>12345 import</translation>
    </message>
    <message>
        <source>12345 平台更新</source>
        <translation>12345 platform update</translation>
    </message>
    <message>
        <source>标注位置</source>
        <translation>Mark location</translation>
    </message>
    <message>
        <source>标注项目位置</source>
        <translation>Mark project location</translation>
    </message>
    <message>
        <source>节点完成</source>
        <translation>Milestone due</translation>
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
        <source>承办部门联系过</source>
        <translation>Department contacted</translation>
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
        <source>办公室名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>时区</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>工作时段</source>
        <translation>Working hours</translation>
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
        <source>核实时限</source>
        <translation>Verify within</translation>
    </message>
    <message>
        <source>回访时限</source>
        <translation>Call back within</translation>
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
        <source>基本满意权重</source>
        <translation>Weight of “fairly satisfied”</translation>
    </message>
    <message>
        <source>计分方案</source>
        <translation>Scoring scheme</translation>
    </message>
    <message>
        <source>排名最少回访数</source>
        <translation>Callbacks needed to be ranked</translation>
    </message>
    <message>
        <source>排名窗口（周）</source>
        <translation>Ranking window (weeks)</translation>
    </message>
    <message>
        <source>黑榜满意率</source>
        <translation>Black-list satisfaction threshold</translation>
    </message>
    <message>
        <source>重复诉求天数</source>
        <translation>Repeat complaint days</translation>
    </message>
    <message>
        <source>重复件提示天数</source>
        <translation>Repeat window (days)</translation>
    </message>
    <message>
        <source>通报整改期限</source>
        <translation>Time to correct</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>Main recipients</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>签发人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>锁定前可输错次数</source>
        <translation>Wrong passwords before lockout</translation>
    </message>
    <message>
        <source>锁定时长（分钟）</source>
        <translation>Lockout (minutes)</translation>
    </message>
    <message>
        <source>无操作锁屏（分钟）</source>
        <translation>Lock when idle (minutes)</translation>
    </message>
    <message>
        <source>本机时间超前上限</source>
        <translation>Clock ahead limit</translation>
    </message>
    <message>
        <source>附件大小上限（MB）</source>
        <translation>Attachment size limit (MB)</translation>
    </message>
    <message>
        <source>照片保存长边（像素）</source>
        <translation>Stored photo edge (px)</translation>
    </message>
    <message>
        <source>缩略图长边（像素）</source>
        <translation>Thumbnail edge (px)</translation>
    </message>
    <message>
        <source>项目评分权重</source>
        <translation>Project score weights</translation>
    </message>
    <message>
        <source>项目回头看（验收后月数）</source>
        <translation>Project revisit (months after acceptance)</translation>
    </message>
    <message>
        <source>储备</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>已列入清单</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>立项</source>
        <translation>Initiated</translation>
    </message>
    <message>
        <source>招标</source>
        <translation>Tendering</translation>
    </message>
    <message>
        <source>施工</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>运维</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>来自工单</source>
        <translation>From tickets</translation>
    </message>
    <message>
        <source>来自问题清单</source>
        <translation>From a hotspot</translation>
    </message>
    <message>
        <source>居民金点子</source>
        <translation>Resident&apos;s idea</translation>
    </message>
    <message>
        <source>代表建议</source>
        <translation>Representative&apos;s proposal</translation>
    </message>
    <message>
        <source>部门计划</source>
        <translation>Department&apos;s plan</translation>
    </message>
    <message>
        <source>赞成</source>
        <translation>For</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已被取代</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>工单数</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>反映居民数</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>受益人数（每百人）</source>
        <translation>People affected (per hundred)</translation>
    </message>
    <message>
        <source>人均估算费用（千元，越低越好）</source>
        <translation>Estimated cost per person (1,000 yuan; lower is better)</translation>
    </message>
    <message>
        <source>票决（赞成减反对）</source>
        <translation>Votes (for minus against)</translation>
    </message>
    <message>
        <source>新建储备项目</source>
        <translation>Candidate project created</translation>
    </message>
    <message>
        <source>修改项目</source>
        <translation>Project changed</translation>
    </message>
    <message>
        <source>修改项目关联工单</source>
        <translation>Project tickets changed</translation>
    </message>
    <message>
        <source>项目票决</source>
        <translation>Project vote</translation>
    </message>
    <message>
        <source>项目阶段变更</source>
        <translation>Project stage changed</translation>
    </message>
    <message>
        <source>取消项目</source>
        <translation>Project cancelled</translation>
    </message>
    <message>
        <source>列为项目来源</source>
        <translation>Linked to a project</translation>
    </message>
    <message>
        <source>移出项目来源</source>
        <translation>Unlinked from a project</translation>
    </message>
    <message>
        <source>编制年度清单</source>
        <translation>Annual list drafted</translation>
    </message>
    <message>
        <source>批准年度清单</source>
        <translation>Annual list approved</translation>
    </message>
    <message>
        <source>登记预算和合同金额</source>
        <translation>budget and contract recorded</translation>
    </message>
    <message>
        <source>登记拨付</source>
        <translation>payment recorded</translation>
    </message>
    <message>
        <source>登记设计变更</source>
        <translation>design change recorded</translation>
    </message>
    <message>
        <source>审批设计变更</source>
        <translation>design change decided</translation>
    </message>
    <message>
        <source>登记参建单位</source>
        <translation>parties recorded</translation>
    </message>
    <message>
        <source>设置测评题目</source>
        <translation>survey questions set</translation>
    </message>
    <message>
        <source>录入测评答卷</source>
        <translation>survey response recorded</translation>
    </message>
    <message>
        <source>登记验收结果</source>
        <translation>acceptance recorded</translation>
    </message>
    <message>
        <source>项目验收回访</source>
        <translation>project callback</translation>
    </message>
    <message>
        <source>项目回头看</source>
        <translation>project revisit</translation>
    </message>
    <message>
        <source>项目进度</source>
        <translation>project progress</translation>
    </message>
    <message>
        <source>施工日志</source>
        <translation>construction log</translation>
    </message>
    <message>
        <source>质量安全巡查</source>
        <translation>quality and safety inspection</translation>
    </message>
    <message>
        <source>项目文件</source>
        <translation>project file</translation>
    </message>
    <message>
        <source>项目评论</source>
        <translation>Project comment</translation>
    </message>
    <message>
        <source>指派市民观察员</source>
        <translation>Assign a citizen observer</translation>
    </message>
    <message>
        <source>取消指派市民观察员</source>
        <translation>Unassign a citizen observer</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>项目说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>安全底线</source>
        <translation>Safety bottom line</translation>
    </message>
    <message>
        <source>受益人数</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source>估算费用</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>来源工单</source>
        <translation>Source tickets</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>票数</source>
        <translation>Tally</translation>
    </message>
    <message>
        <source>投票</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>年度清单</source>
        <translation>Annual list</translation>
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
        <source>（已登录时无法确认：请注销后重新登录，登录时可以确认。）</source>
        <extracomment>Carries a closure from the worker to the GUI thread (always queued). True while any operation is queued or running. An operation failed because the database cannot be reached (the core&apos;s message). Worker lanes: &quot;db&quot; (every database call, one at a time) and &quot;render&quot; (CPU work such as a PDF). Per lane, the ops waiting for its worker: (ops the user waits for, background ops), each in order. key -&gt; (fn, on_done) of each op in flight. The GUI thread holds the op&apos;s function and callback (and through them its widgets) until it has delivered the result, so that the last reference to a widget never dies on a worker thread: a QObject deleted there leaves its timers behind on the GUI thread, which then fire on freed memory (a crash seen in the dialog tests).</extracomment>
        <translation> (This cannot be confirmed while logged in: log out and log in again to confirm it.)</translation>
    </message>
    <message>
        <source>操作失败：程序遇到意外错误，详细信息已写入日志。请稍后重试或联系管理员。</source>
        <translation>The operation failed: the program ran into an unexpected error and wrote the details to the log. Try again later or contact your administrator.</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not complete the operation</translation>
    </message>
</context>
<context>
    <name>orgadmin</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>导入 12345 工单</source>
        <extracomment>The combo&apos;s first entry: the field is not taken from the file.</extracomment>
        <translation>Import 12345 work orders</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>项目 %1：%2</source>
        <extracomment>Origins a project made by hand has (the others come with their tickets). What separates names typed in one field: spaces, commas and semicolons (also the full-width ，、；).</extracomment>
        <translation>Project %1: %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 万元</source>
        <extracomment>The safety bottom line&apos;s colour (it ranks a project above every other).</extracomment>
        <translation>%1 × 10,000 yuan</translation>
    </message>
    <message>
        <source>安全底线 · %1</source>
        <translation>Safety · %1</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>节点</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>计划完成</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>实际完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>整改：%1</source>
        <extracomment>The states a row is drawn in (Bar.state). A row was clicked: its milestone&apos;s id.</extracomment>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>（待报到：%1）</source>
        <translation> (to report in: %1)</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>添加照片或文件…</source>
        <translation>Add photos or files…</translation>
    </message>
    <message>
        <source>选择照片或文件</source>
        <translation>Choose photos or files</translation>
    </message>
    <message>
        <source>照片或 PDF (*.jpg *.jpeg *.png *.heic *.pdf)</source>
        <translation>Photos or PDF (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>触及安全底线：排在所有未触及安全底线的项目之前，不论评分</source>
        <translation>Touches the safety bottom line: ranks above every project that does not, whatever the score</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>Ticket numbers</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>关联的来源工单数</source>
        <translation>The number of source tickets linked</translation>
    </message>
    <message>
        <source>来源工单中不同的反映人（按电话号码；无电话的工单各算一人）</source>
        <translation>Distinct residents among the source tickets (by phone number; a ticket without a phone counts as one)</translation>
    </message>
    <message>
        <source>来源工单的平均紧急程度：一般 1、紧急 2、特急 3</source>
        <translation>The source tickets&apos; mean urgency: routine 1, urgent 2, emergency 3</translation>
    </message>
    <message>
        <source>受益人数除以 100</source>
        <translation>People affected divided by 100</translation>
    </message>
    <message>
        <source>负的人均估算费用（千元）：人均越省得分越高；未估算时为 0</source>
        <translation>Minus the estimated cost per person (1,000 yuan): the cheaper per person, the higher; 0 while not estimated</translation>
    </message>
    <message>
        <source>各次票决的赞成票减反对票</source>
        <translation>Votes for minus votes against, over every meeting</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>投票人</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>关联 %1</source>
        <translation>linked %1</translation>
    </message>
    <message>
        <source>移除 %1</source>
        <translation>unlinked %1</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1（说明：%2）</source>
        <translation>%1 (note: %2)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>What</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>编制</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>未批准</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>无需整改</source>
        <translation>Nothing to fix</translation>
    </message>
    <message>
        <source>整改中（回头看发现问题）</source>
        <translation>Being fixed again (the revisit found a problem)</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>拨付日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>变更金额</source>
        <translation>Amount of the change</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答案统计</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>应回头看</source>
        <translation>Revisit due</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>需重新整改</source>
        <translation>Fix again</translation>
    </message>
    <message>
        <source>待进行</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>阶段：%1 · 主办：%2</source>
        <translation>Stage: %1 · Lead: %2</translation>
    </message>
    <message>
        <source>计划：%1 → %2</source>
        <translation>Planned: %1 → %2</translation>
    </message>
    <message>
        <source>实际完成：%1（按期）</source>
        <translation>Done: %1 (on time)</translation>
    </message>
    <message>
        <source>实际完成：%1（超期 %2 天）</source>
        <translation>Done: %1 (%2 days late)</translation>
    </message>
    <message>
        <source>未完成，已超期 %1 天</source>
        <translation>Not done, %1 days late</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>尚未安排节点</source>
        <translation>No milestones planned yet</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>超期未完成</source>
        <translation>Late, not done</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>超期完成</source>
        <translation>Done late</translation>
    </message>
</context>
<context>
    <name>repeats</name>
    <message>
        <source>同一来电号码</source>
        <extracomment>Typed characters (title and description together) before anything is asked.</extracomment>
        <translation>same caller number</translation>
    </message>
    <message>
        <source>地址相近</source>
        <translation>similar address</translation>
    </message>
    <message>
        <source>同一社区</source>
        <translation>same community</translation>
    </message>
    <message>
        <source>同一分类</source>
        <translation>same category</translation>
    </message>
    <message>
        <source>内容相似</source>
        <translation>similar text</translation>
    </message>
    <message>
        <source>人工选择</source>
        <translation>picked by hand</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>并入主工单 %1</source>
        <translation>Merged into main ticket %1</translation>
    </message>
    <message>
        <source>%1 作为重复件并入，共 %2 位居民反映</source>
        <translation>%1 merged as a repeat; %2 residents reported it</translation>
    </message>
    <message>
        <source>已确认不同：%1</source>
        <translation>Difference confirmed: %1</translation>
    </message>
    <message>
        <source>从主工单 %1 拆分</source>
        <translation>Split off main ticket %1</translation>
    </message>
    <message>
        <source>拆分出 %1</source>
        <translation>Split off %1</translation>
    </message>
    <message>
        <source>与 %1 不是同一问题</source>
        <translation>Not the same problem as %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已并入 %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <source>受理时确认不是重复件</source>
        <translation>Confirmed at intake: not a repeat</translation>
    </message>
    <message>
        <source>未能并入：%1</source>
        <translation>Not merged: %1</translation>
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
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>通报-%1.pdf</source>
        <translation>bulletin-%1.pdf</translation>
    </message>
    <message>
        <source>部门工作单-%1.pdf</source>
        <translation>department-slips-%1.pdf</translation>
    </message>
    <message>
        <source>附表-%1.xlsx</source>
        <translation>workbook-%1.xlsx</translation>
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
    <name>standards</name>
    <message>
        <source>已按分类“%1”的立结案标准预选主办、协办部门，可修改。</source>
        <translation>Lead and assisting departments pre-selected from the standard of category “%1”; you can change them.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>已导入 12345 工单：新增 %1 张（批次 %2）</source>
        <translation>12345 work orders imported: %1 new (batch %2)</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>数据库中已经有账户，不能再创建首个管理员。请用已有账户登录。</source>
        <translation>The database already has accounts, so a first administrator cannot be created. Log in with an existing account.</translation>
    </message>
</context>
</TS>
