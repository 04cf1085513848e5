<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于吹哨报到工作台</source>
        <translation>关于吹哨报到工作台</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <translation>吹哨报到工作台</translation>
    </message>
    <message>
        <source>Whistle Desk %1 · 街道“吹哨报到”工单办理</source>
        <translation>Whistle Desk %1 · 街道“吹哨报到”工单办理</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>把以上信息复制到剪贴板，便于发给管理员</source>
        <translation>把以上信息复制到剪贴板，便于发给管理员</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>吹哨报到工作台 / Whistle Desk</source>
        <translation>吹哨报到工作台 / Whistle Desk</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>登记验收结果</source>
        <translation>登记验收结果</translation>
    </message>
    <message>
        <source>已录入测评答卷 %1 份。验收合格后将安排回访来源工单的居民，并安排回头看。</source>
        <translation>已录入测评答卷 %1 份。验收合格后将安排回访来源工单的居民，并安排回头看。</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>验收结果</source>
        <translation>验收结果</translation>
    </message>
    <message>
        <source>验收日期</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>不合格时须写明原因</source>
        <translation>不合格时须写明原因</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>AddCategoryDialog</name>
    <message>
        <source>新增分类</source>
        <translation>新增分类</translation>
    </message>
    <message>
        <source>分类名称</source>
        <translation>分类名称</translation>
    </message>
    <message>
        <source>默认主办部门</source>
        <translation>默认主办部门</translation>
    </message>
</context>
<context>
    <name>AddMilestoneDialog</name>
    <message>
        <source>安排项目节点</source>
        <translation>安排项目节点</translation>
    </message>
    <message>
        <source>主办、协办部门将被召集（须在 1 个工作日内报到）；计划完成日期须是工作日，到期未完成将逐级督办。</source>
        <translation>主办、协办部门将被召集（须在 1 个工作日内报到）；计划完成日期须是工作日，到期未完成将逐级督办。</translation>
    </message>
    <message>
        <source>节点名称</source>
        <translation>节点名称</translation>
    </message>
    <message>
        <source>所属阶段</source>
        <translation>所属阶段</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>协办部门</translation>
    </message>
    <message>
        <source>计划完成日期</source>
        <translation>计划完成日期</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>请填写节点名称。</source>
        <translation>请填写节点名称。</translation>
    </message>
</context>
<context>
    <name>AddNodeDialog</name>
    <message>
        <source>新增%1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>上级：%1</source>
        <translation>上级：%1</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>（沿用上级）</source>
        <translation>（沿用上级）</translation>
    </message>
    <message>
        <source>（暂不指定）</source>
        <translation>（暂不指定）</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>请填写名称。</source>
        <translation>请填写名称。</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>用户管理…</source>
        <extracomment>Builds the window (a non-modal window, or an OpDialog that is built afresh each time). Departments, communities, categories or the category standards changed: reload the pick-lists. Tickets changed (a re-classification moved some out of 待分类): refresh. The working calendar changed: deadlines are counted anew. 办公室设置 saved: the values written. A message for the status bar. The office&apos;s current time (the calendar opens at its month), None before it is known. key -&gt; 管理 menu entry; each is built for the roles the permission matrix allows its verb.</extracomment>
        <translation>用户管理…</translation>
    </message>
    <message>
        <source>开设账户、重置密码、停用、解锁、更改角色</source>
        <translation>开设账户、重置密码、停用、解锁、更改角色</translation>
    </message>
    <message>
        <source>部门管理…</source>
        <translation>部门管理…</translation>
    </message>
    <message>
        <source>新增、改名、停用可召集的部门</source>
        <translation>新增、改名、停用可召集的部门</translation>
    </message>
    <message>
        <source>社区管理…</source>
        <translation>社区管理…</translation>
    </message>
    <message>
        <source>新增、改名、停用新建工单时可选的社区</source>
        <translation>新增、改名、停用新建工单时可选的社区</translation>
    </message>
    <message>
        <source>分类管理…</source>
        <translation>分类管理…</translation>
    </message>
    <message>
        <source>新增、改名、停用工单分类，设置默认主办部门</source>
        <translation>新增、改名、停用工单分类，设置默认主办部门</translation>
    </message>
    <message>
        <source>立结案标准…</source>
        <translation>立结案标准…</translation>
    </message>
    <message>
        <source>三级分类及其主办、协办部门、立案结案条件和时限，可导入导出 Excel</source>
        <translation>三级分类及其主办、协办部门、立案结案条件和时限，可导入导出 Excel</translation>
    </message>
    <message>
        <source>12345 导入设置…</source>
        <translation>12345 导入设置…</translation>
    </message>
    <message>
        <source>12345 分类对照、列名别名、已存的列映射和导入记录</source>
        <translation>12345 分类对照、列名别名、已存的列映射和导入记录</translation>
    </message>
    <message>
        <source>时限标准…</source>
        <translation>时限标准…</translation>
    </message>
    <message>
        <source>按分类和紧急程度设置报到、响应、办结时限</source>
        <translation>按分类和紧急程度设置报到、响应、办结时限</translation>
    </message>
    <message>
        <source>工作日历…</source>
        <translation>工作日历…</translation>
    </message>
    <message>
        <source>设置节假日和调休上班日，导入放假安排</source>
        <translation>设置节假日和调休上班日，导入放假安排</translation>
    </message>
    <message>
        <source>办公室设置…</source>
        <translation>办公室设置…</translation>
    </message>
    <message>
        <source>预警比例、升级时限、挂起上限、回头看</source>
        <translation>预警比例、升级时限、挂起上限、回头看</translation>
    </message>
    <message>
        <source>审计日志…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <source>管理操作和登录记录，校验审计链是否完整</source>
        <translation>管理操作和登录记录，校验审计链是否完整</translation>
    </message>
    <message>
        <source>管理(&amp;A)</source>
        <translation>管理(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>创建管理员账户</source>
        <translation>创建管理员账户</translation>
    </message>
    <message>
        <source>管理员管理账户、部门、工作日历、时限标准和办公室设置。</source>
        <translation>管理员管理账户、部门、工作日历、时限标准和办公室设置。</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>显示名称</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>如 admin 或 zhang.wei（小写字母开头）</source>
        <translation>如 admin 或 zhang.wei（小写字母开头）</translation>
    </message>
    <message>
        <source>如 张伟</source>
        <translation>如 张伟</translation>
    </message>
    <message>
        <source>程序没有默认密码，请设置一个只有您知道的密码并牢记。用这个账户登录后，可以为受理员、督办员和部门联络员创建账户。</source>
        <translation>程序没有默认密码，请设置一个只有您知道的密码并牢记。用这个账户登录后，可以为受理员、督办员和部门联络员创建账户。</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>请设置密码。</source>
        <translation>请设置密码。</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>正在创建管理员账户…</source>
        <translation>正在创建管理员账户…</translation>
    </message>
</context>
<context>
    <name>AdvanceStageDialog</name>
    <message>
        <source>推进到%1阶段</source>
        <translation>推进到%1阶段</translation>
    </message>
    <message>
        <source>从%1阶段推进到%2阶段。</source>
        <translation>从%1阶段推进到%2阶段。</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>如：立项批复文号</source>
        <translation>如：立项批复文号</translation>
    </message>
    <message>
        <source>推进</source>
        <translation>推进</translation>
    </message>
</context>
<context>
    <name>AnnualListBox</name>
    <message>
        <source>年度清单</source>
        <extracomment>A message for the status bar. A list was approved: the projects&apos; stages changed (the page reads them again). The version shown arrived (or None: the year has no list).</extracomment>
        <translation>年度清单</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>起草年度清单…</source>
        <translation>起草年度清单…</translation>
    </message>
    <message>
        <source>用项目库中选中的项目（可多选）起草该年度清单的新版本</source>
        <translation>用项目库中选中的项目（可多选）起草该年度清单的新版本</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>进度通报…</source>
        <translation>进度通报…</translation>
    </message>
    <message>
        <source>生成该年度已批准清单的项目进度通报（PDF）</source>
        <translation>生成该年度已批准清单的项目进度通报（PDF）</translation>
    </message>
    <message>
        <source>版本历史（点击查看该版本）</source>
        <translation>版本历史（点击查看该版本）</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 年还没有重点民生工程清单。在项目库中选中项目，点“起草年度清单…”。</source>
        <translation>%1 年还没有重点民生工程清单。在项目库中选中项目，点“起草年度清单…”。</translation>
    </message>
    <message>
        <source>第 %1 版 · %2 · %3 个项目</source>
        <translation>第 %1 版 · %2 · %3 个项目</translation>
    </message>
    <message>
        <source>说明：%1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>只有督办员或管理员可以批准年度清单</source>
        <translation>只有督办员或管理员可以批准年度清单</translation>
    </message>
    <message>
        <source>批准所显示的草稿：其项目列入清单，已批准的旧版本被取代（保留在版本历史中）</source>
        <translation>批准所显示的草稿：其项目列入清单，已批准的旧版本被取代（保留在版本历史中）</translation>
    </message>
    <message>
        <source>只能批准草稿；请先起草年度清单</source>
        <translation>只能批准草稿；请先起草年度清单</translation>
    </message>
    <message>
        <source>该年度清单尚未批准，没有可通报的项目</source>
        <translation>该年度清单尚未批准，没有可通报的项目</translation>
    </message>
    <message>
        <source>%1 年还没有可列入清单的项目。</source>
        <translation>%1 年还没有可列入清单的项目。</translation>
    </message>
    <message>
        <source>已起草 %1 年清单第 %2 版（%3 个项目），等待批准</source>
        <translation>已起草 %1 年清单第 %2 版（%3 个项目），等待批准</translation>
    </message>
    <message>
        <source>已批准 %1 年清单第 %2 版：%3 个项目列入清单</source>
        <translation>已批准 %1 年清单第 %2 版：%3 个项目列入清单</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <source>审批队列</source>
        <translation>审批队列</translation>
    </message>
    <message>
        <source>部门提交的延期、挂起和退单申请。同意或驳回（驳回须说明理由）。</source>
        <translation>部门提交的延期、挂起和退单申请。同意或驳回（驳回须说明理由）。</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>同意所选申请</source>
        <translation>同意所选申请</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>驳回所选申请（须说明理由）</source>
        <translation>驳回所选申请（须说明理由）</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>重新读取审批队列</source>
        <translation>重新读取审批队列</translation>
    </message>
    <message>
        <source>当前没有待审批的申请。</source>
        <translation>当前没有待审批的申请。</translation>
    </message>
    <message>
        <source>工单 %1：已同意%2的%3申请</source>
        <translation>工单 %1：已同意%2的%3申请</translation>
    </message>
    <message>
        <source>工单 %1：已驳回%2的%3申请</source>
        <translation>工单 %1：已驳回%2的%3申请</translation>
    </message>
</context>
<context>
    <name>ApproveListDialog</name>
    <message>
        <source>批准年度清单</source>
        <translation>批准年度清单</translation>
    </message>
    <message>
        <source>%1 年重点民生工程清单 第 %2 版（%3 个项目）</source>
        <translation>%1 年重点民生工程清单 第 %2 版（%3 个项目）</translation>
    </message>
    <message>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>批准后，已批准的第 %1 版将被取代（保留在版本历史中）。</source>
        <translation>批准后，已批准的第 %1 版将被取代（保留在版本历史中）。</translation>
    </message>
    <message>
        <source>批准意见</source>
        <translation>批准意见</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>AssignObserverDialog</name>
    <message>
        <source>市民观察员</source>
        <translation>市民观察员</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>项目 %1：%2</source>
        <translation>项目 %1：%2</translation>
    </message>
    <message>
        <source>已指派：%1</source>
        <translation>已指派：%1</translation>
    </message>
    <message>
        <source>市民观察员只能看到指派给他的项目（不含居民信息），可以记录巡查和发表评论。</source>
        <translation>市民观察员只能看到指派给他的项目（不含居民信息），可以记录巡查和发表评论。</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> — 已指派</source>
        <translation> — 已指派</translation>
    </message>
    <message>
        <source>观察员账户</source>
        <translation>观察员账户</translation>
    </message>
    <message>
        <source>取消指派</source>
        <translation>取消指派</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>还没有市民观察员账户：请管理员先创建。</source>
        <translation>还没有市民观察员账户：请管理员先创建。</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>照片与附件</source>
        <extracomment>An attachment was added or removed (the ticket id): the window reloads the ticket (its timeline). Something to say in the status bar. The list for the ticket shown has arrived (for tests and measurements). The dispatch selected in the detail pane (its steps are offered first).</extracomment>
        <translation>照片与附件</translation>
    </message>
    <message>
        <source>（保密工单：反映人提供的照片只有街道工作人员可见）</source>
        <translation>（保密工单：反映人提供的照片只有街道工作人员可见）</translation>
    </message>
    <message>
        <source>新添加的附件放在哪个环节</source>
        <translation>新添加的附件放在哪个环节</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>选择照片（JPEG、PNG、HEIC）或 PDF；也可以把文件拖到这里，或按 Ctrl+V 粘贴</source>
        <translation>选择照片（JPEG、PNG、HEIC）或 PDF；也可以把文件拖到这里，或按 Ctrl+V 粘贴</translation>
    </message>
    <message>
        <source>没有附件。可把照片拖到这里，或按 Ctrl+V 粘贴。</source>
        <translation>没有附件。可把照片拖到这里，或按 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>照片与附件（%1）</source>
        <translation>照片与附件（%1）</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>照片和 PDF (%1)</source>
        <translation>照片和 PDF (%1)</translation>
    </message>
    <message>
        <source>正在添加 %1 个附件…</source>
        <translation>正在添加 %1 个附件…</translation>
    </message>
    <message>
        <source>已添加附件：%1</source>
        <translation>已添加附件：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>粘贴的图片-%1.png</source>
        <translation>粘贴的图片-%1.png</translation>
    </message>
    <message>
        <source>拖入的图片.png</source>
        <translation>拖入的图片.png</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1：%2</source>
        <extracomment>A page arrived (how many new entries). Loading failed (the message). A page is being loaded, or no longer.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1：%2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>审计日志</source>
        <extracomment>A page of entries arrived (how many new). 校验完整性 finished (the :class:`AuditReport`).</extracomment>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>显示(&amp;S)：</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>管理操作</source>
        <translation>管理操作</translation>
    </message>
    <message>
        <source>登录记录</source>
        <translation>登录记录</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>重新加载（F5）</source>
        <translation>重新加载（F5）</translation>
    </message>
    <message>
        <source>校验完整性(&amp;V)</source>
        <translation>校验完整性(&amp;V)</translation>
    </message>
    <message>
        <source>逐条校验审计记录的哈希链，发现被修改、删除或插入的记录</source>
        <translation>逐条校验审计记录的哈希链，发现被修改、删除或插入的记录</translation>
    </message>
    <message>
        <source>所选记录</source>
        <translation>所选记录</translation>
    </message>
    <message>
        <source>请在上方选择一条记录，查看修改前后的值。</source>
        <translation>请在上方选择一条记录，查看修改前后的值。</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>完整性校验</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <source>尚未校验。“校验完整性”会逐条核对全部审计记录的哈希链。</source>
        <translation>尚未校验。“校验完整性”会逐条核对全部审计记录的哈希链。</translation>
    </message>
    <message>
        <source>链尾(&amp;H)：</source>
        <translation>链尾(&amp;H)：</translation>
    </message>
    <message>
        <source>复制链尾(&amp;C)</source>
        <translation>复制链尾(&amp;C)</translation>
    </message>
    <message>
        <source>请把链尾的序号和哈希抄存到别处（如周报或纸质台账）：能直接改写数据库的人可以重算整条链，只有与别处保存的链尾比对才能发现。</source>
        <translation>请把链尾的序号和哈希抄存到别处（如周报或纸质台账）：能直接改写数据库的人可以重算整条链，只有与别处保存的链尾比对才能发现。</translation>
    </message>
    <message>
        <source>加载更多(&amp;M)</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1&#x3000;%2（%3）&#x3000;%4</source>
        <translation>%1&#x3000;%2（%3）&#x3000;%4</translation>
    </message>
    <message>
        <source>对象：%1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>说明：%1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>审计链第 %1 条（事件 id %2）</source>
        <translation>审计链第 %1 条（事件 id %2）</translation>
    </message>
    <message>
        <source>此记录没有字段变化。</source>
        <translation>此记录没有字段变化。</translation>
    </message>
    <message>
        <source>正在校验审计链，记录多时需要一些时间…</source>
        <translation>正在校验审计链，记录多时需要一些时间…</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>加载失败：%1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message>
        <source>共 %1 条，已全部加载。</source>
        <translation>共 %1 条，已全部加载。</translation>
    </message>
    <message>
        <source>已显示最近的 %1 条；滚动到底部或按“加载更多”查看更早的记录。</source>
        <translation>已显示最近的 %1 条；滚动到底部或按“加载更多”查看更早的记录。</translation>
    </message>
    <message>
        <source>审计链已断开（共 %1 条事件）。第一处断点（%2）：%3</source>
        <translation>审计链已断开（共 %1 条事件）。第一处断点（%2）：%3</translation>
    </message>
    <message>
        <source>另（%1）：%2</source>
        <translation>另（%1）：%2</translation>
    </message>
    <message>
        <source>审计链完好：共 %1 条事件，逐条校验通过。</source>
        <translation>审计链完好：共 %1 条事件，逐条校验通过。</translation>
    </message>
    <message>
        <source>第 %1 条，SHA-256 %2</source>
        <translation>第 %1 条，SHA-256 %2</translation>
    </message>
    <message>
        <source>警告：事件表的只追加触发器已缺失，审计记录不再受数据库保护，请联系数据库管理员查明原因并恢复。</source>
        <translation>警告：事件表的只追加触发器已缺失，审计记录不再受数据库保护，请联系数据库管理员查明原因并恢复。</translation>
    </message>
    <message>
        <source>无法校验：%1</source>
        <translation>无法校验：%1</translation>
    </message>
    <message>
        <source>链尾已复制到剪贴板。</source>
        <translation>链尾已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>BulletinPrinter</name>
    <message>
        <source>项目进度通报-%1年.pdf</source>
        <extracomment>The file written and its number of pages. True while a bulletin is being made.</extracomment>
        <translation>项目进度通报-%1年.pdf</translation>
    </message>
    <message>
        <source>保存项目进度通报</source>
        <translation>保存项目进度通报</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>正在生成 %1 年项目进度通报…</source>
        <translation>正在生成 %1 年项目进度通报…</translation>
    </message>
    <message>
        <source>已生成项目进度通报：%1（%2 页）</source>
        <translation>已生成项目进度通报：%1（%2 页）</translation>
    </message>
    <message>
        <source>未能生成项目进度通报：%1</source>
        <translation>未能生成项目进度通报：%1</translation>
    </message>
</context>
<context>
    <name>CalendarMonthModel</name>
    <message>
        <source>周%1</source>
        <translation>周%1</translation>
    </message>
    <message>
        <source>%1 周%2 · %3</source>
        <translation>%1 周%2 · %3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source> · 工作时间 %1 小时</source>
        <translation> · 工作时间 %1 小时</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>工作日历</source>
        <extracomment>The month&apos;s days arrived. The calendar changed (a day was set or a CSV imported): badges and dues should refresh.</extracomment>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>◀ 上月</source>
        <translation>◀ 上月</translation>
    </message>
    <message>
        <source>下月 ▶</source>
        <translation>下月 ▶</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>所选日期</source>
        <translation>所选日期</translation>
    </message>
    <message>
        <source>请在左侧选择日期</source>
        <translation>请在左侧选择日期</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>如：国庆节、调休上班（国庆节）</source>
        <translation>如：国庆节、调休上班（国庆节）</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>保存该日期</source>
        <translation>保存该日期</translation>
    </message>
    <message>
        <source>导入国务院放假安排</source>
        <translation>导入国务院放假安排</translation>
    </message>
    <message>
        <source>CSV 文件，每行“日期,类型,名称”，类型为 holiday（放假）、workday（调休上班）或 default（恢复默认）。整个文件有一处错误则全部不导入。</source>
        <translation>CSV 文件，每行“日期,类型,名称”，类型为 holiday（放假）、workday（调休上班）或 default（恢复默认）。整个文件有一处错误则全部不导入。</translation>
    </message>
    <message>
        <source>导入 CSV 文件…</source>
        <translation>导入 CSV 文件…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1（周%2，%3）</source>
        <translation>%1（周%2，%3）</translation>
    </message>
    <message>
        <source>已将 %1 设为%2</source>
        <translation>已将 %1 设为%2</translation>
    </message>
    <message>
        <source>导入放假安排</source>
        <translation>导入放假安排</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv *.txt);;所有文件 (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>已从 %1 导入 %2 个日期</source>
        <translation>已从 %1 导入 %2 个日期</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>未导入任何日期。%1</source>
        <translation>未导入任何日期。%1</translation>
    </message>
</context>
<context>
    <name>CancelProjectDialog</name>
    <message>
        <source>取消项目</source>
        <translation>取消项目</translation>
    </message>
    <message>
        <source>取消后项目保留在项目库中，不能再修改或列入清单。</source>
        <translation>取消后项目保留在项目库中，不能再修改或列入清单。</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>如：已纳入区级改造计划</source>
        <translation>如：已纳入区级改造计划</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>请填写取消原因。</source>
        <translation>请填写取消原因。</translation>
    </message>
</context>
<context>
    <name>CandidateFromQueue</name>
    <message>
        <source>生成储备项目…</source>
        <extracomment>A message for the status bar. A candidate was created (its ProjectInfo).</extracomment>
        <translation>生成储备项目…</translation>
    </message>
    <message>
        <source>用队列中选中的工单（按住 Ctrl 或 Shift 可多选）生成一个储备项目</source>
        <translation>用队列中选中的工单（按住 Ctrl 或 Shift 可多选）生成一个储备项目</translation>
    </message>
    <message>
        <source>请先在队列中选中工单（按住 Ctrl 或 Shift 可多选）</source>
        <translation>请先在队列中选中工单（按住 Ctrl 或 Shift 可多选）</translation>
    </message>
    <message>
        <source>另有 %1 张选中的工单尚未载入或超出上限，未列入；可在“来源工单”中补充编号。</source>
        <translation>另有 %1 张选中的工单尚未载入或超出上限，未列入；可在“来源工单”中补充编号。</translation>
    </message>
    <message>
        <source>已由 %1 张工单生成储备项目 %2，可在“项目库”中查看</source>
        <translation>已由 %1 张工单生成储备项目 %2，可在“项目库”中查看</translation>
    </message>
</context>
<context>
    <name>CategoriesWindow</name>
    <message>
        <source>分类管理</source>
        <translation>分类管理</translation>
    </message>
    <message>
        <source>新建工单时可选的分类，以及吹哨时默认召集的主办部门。停用的分类不能再用于新建工单，已有的工单照常办理。</source>
        <translation>新建工单时可选的分类，以及吹哨时默认召集的主办部门。停用的分类不能再用于新建工单，已有的工单照常办理。</translation>
    </message>
    <message>
        <source>默认主办部门</source>
        <translation>默认主办部门</translation>
    </message>
    <message>
        <source>时限标准</source>
        <translation>时限标准</translation>
    </message>
    <message>
        <source>设置默认主办部门(&amp;L)…</source>
        <extracomment>Every department (the lead combos offer the active ones).</extracomment>
        <translation>设置默认主办部门(&amp;L)…</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1（已停用）</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 项单独设置</source>
        <translation>%1 项单独设置</translation>
    </message>
    <message>
        <source>已停用：不能再用于新建工单，已有的工单照常办理。</source>
        <translation>已停用：不能再用于新建工单，已有的工单照常办理。</translation>
    </message>
    <message>
        <source>启用分类“%1”？

启用后，新建工单时可以再选择该分类。</source>
        <translation>启用分类“%1”？

启用后，新建工单时可以再选择该分类。</translation>
    </message>
    <message>
        <source>停用分类“%1”？

停用后，新建工单时不能再选择该分类；已有的工单保留该分类，照常办理。以后可以随时重新启用。</source>
        <translation>停用分类“%1”？

停用后，新建工单时不能再选择该分类；已有的工单保留该分类，照常办理。以后可以随时重新启用。</translation>
    </message>
    <message>
        <source>已取消“%1”的默认主办部门</source>
        <translation>已取消“%1”的默认主办部门</translation>
    </message>
    <message>
        <source>已将“%1”的默认主办部门设为%2</source>
        <translation>已将“%1”的默认主办部门设为%2</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>登记设计变更</source>
        <translation>登记设计变更</translation>
    </message>
    <message>
        <source>设计变更经督办员批准后才计入合同总额。</source>
        <translation>设计变更经督办员批准后才计入合同总额。</translation>
    </message>
    <message>
        <source>变更金额（万元）</source>
        <translation>变更金额（万元）</translation>
    </message>
    <message>
        <source>增加为正数，核减为负数，如 8 或 -2.5</source>
        <translation>增加为正数，核减为负数，如 8 或 -2.5</translation>
    </message>
    <message>
        <source>变更理由</source>
        <translation>变更理由</translation>
    </message>
    <message>
        <source>如：增加 2 号楼立管更换</source>
        <translation>如：增加 2 号楼立管更换</translation>
    </message>
    <message>
        <source>提交审批</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>请填写变更理由。</source>
        <translation>请填写变更理由。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1：您的密码是管理员设置的临时密码。为了账户安全，请先设置只有您自己知道的新密码，然后才能使用工作台。
取消将退出登录。</source>
        <translation>%1：您的密码是管理员设置的临时密码。为了账户安全，请先设置只有您自己知道的新密码，然后才能使用工作台。
取消将退出登录。</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>修改 %1 的登录密码。该账户在其他电脑上的登录将失效。</source>
        <translation>修改 %1 的登录密码。该账户在其他电脑上的登录将失效。</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>至少 8 个字符，不能与当前密码相同</source>
        <translation>至少 8 个字符，不能与当前密码相同</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>请输入当前密码。</source>
        <translation>请输入当前密码。</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>更改角色</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>%1（%2）现在是%3。更改后该账户需要重新登录。</source>
        <translation>%1（%2）现在是%3。更改后该账户需要重新登录。</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>评论项目</source>
        <translation>评论项目</translation>
    </message>
    <message>
        <source>项目 %1：%2</source>
        <translation>项目 %1：%2</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>发表评论</source>
        <translation>发表评论</translation>
    </message>
    <message>
        <source>请填写评论。</source>
        <translation>请填写评论。</translation>
    </message>
</context>
<context>
    <name>CommunitiesWindow</name>
    <message>
        <source>社区管理</source>
        <translation>社区管理</translation>
    </message>
    <message>
        <source>新建和编辑工单时可选的社区。停用的社区不再出现在选择列表中，已有的工单保留原社区；重命名后，使用该社区的工单随之更名。</source>
        <translation>新建和编辑工单时可选的社区。停用的社区不再出现在选择列表中，已有的工单保留原社区；重命名后，使用该社区的工单随之更名。</translation>
    </message>
    <message>
        <source>已停用：新建工单时不能再选择，已有工单保留。</source>
        <translation>已停用：新建工单时不能再选择，已有工单保留。</translation>
    </message>
    <message>
        <source>新增社区</source>
        <translation>新增社区</translation>
    </message>
    <message>
        <source>社区名称</source>
        <translation>社区名称</translation>
    </message>
    <message>
        <source>启用社区“%1”？

启用后，新建工单时可以再选择该社区。</source>
        <translation>启用社区“%1”？

启用后，新建工单时可以再选择该社区。</translation>
    </message>
    <message>
        <source>停用社区“%1”？

停用后，新建工单时不能再选择该社区；已有的工单保留原社区。以后可以随时重新启用。</source>
        <translation>停用社区“%1”？

停用后，新建工单时不能再选择该社区；已有的工单保留原社区。以后可以随时重新启用。</translation>
    </message>
</context>
<context>
    <name>CompleteMilestoneDialog</name>
    <message>
        <source>完成项目节点</source>
        <translation>完成项目节点</translation>
    </message>
    <message>
        <source>节点：%1（%2）</source>
        <translation>节点：%1（%2）</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>如：施工图已通过审查</source>
        <translation>如：施工图已通过审查</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>标记完成</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>请填写完成情况。</source>
        <translation>请填写完成情况。</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>与数据库的连接已断开，正在重试…</source>
        <extracomment>How often a desk without a listener (SQLite) asks what changed. Live changes arriving within this many ms are applied together. Ids of tickets another desk (or this one) committed changes to. The listening connection was established (True) or lost (False), with a message for the user. Notifications may have been missed (after a reconnect): refresh everything. Connections made so far (1 after the first; a larger number means it reconnected). The connection was lost (the message says why). The database answers again (and the listener, if any, listens again): refresh everything. What is down: &quot;listener&quot; (the LISTEN connection) and/or &quot;ops&quot; (a database call failed).</extracomment>
        <translation>与数据库的连接已断开，正在重试…</translation>
    </message>
    <message>
        <source>立即重试</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>马上再试一次连接数据库</source>
        <translation>马上再试一次连接数据库</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>数据库连接</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>选择本程序的数据保存在哪里。更改后需要重新登录才能生效。</source>
        <extracomment>The URL saved by OK (no password), or None.</extracomment>
        <translation>选择本程序的数据保存在哪里。更改后需要重新登录才能生效。</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>仅本机（内置数据库，适合一台电脑或试用）</source>
        <extracomment>Returns True while the owner is busy (no 测试连接 then).</extracomment>
        <translation>仅本机（内置数据库，适合一台电脑或试用）</translation>
    </message>
    <message>
        <source>共享服务器（PostgreSQL，多台电脑共用一个数据库）</source>
        <translation>共享服务器（PostgreSQL，多台电脑共用一个数据库）</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>只有这台电脑使用。不要把数据库文件放在网络共享文件夹上：多台电脑同时使用会损坏数据，请改用共享服务器。</source>
        <translation>只有这台电脑使用。不要把数据库文件放在网络共享文件夹上：多台电脑同时使用会损坏数据，请改用共享服务器。</translation>
    </message>
    <message>
        <source>如 10.0.0.5 或 db.jiedao.local</source>
        <translation>如 10.0.0.5 或 db.jiedao.local</translation>
    </message>
    <message>
        <source>密码只保存在本机系统的密钥环（凭据管理器）中，不会写入设置文件或日志。</source>
        <translation>密码只保存在本机系统的密钥环（凭据管理器）中，不会写入设置文件或日志。</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>用上面填写的内容连接一次数据库（不做任何修改）</source>
        <translation>用上面填写的内容连接一次数据库（不做任何修改）</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>已保存在系统密钥环中；留空则不变</source>
        <translation>已保存在系统密钥环中；留空则不变</translation>
    </message>
    <message>
        <source>选择数据库文件</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>数据库文件 (*.db);;所有文件 (*)</source>
        <translation>数据库文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>不支持把数据库文件放在网络共享上（多台电脑同时写入会损坏数据）。多台电脑共用时请选择“共享服务器”。</source>
        <translation>不支持把数据库文件放在网络共享上（多台电脑同时写入会损坏数据）。多台电脑共用时请选择“共享服务器”。</translation>
    </message>
    <message>
        <source>请填写服务器地址。</source>
        <translation>请填写服务器地址。</translation>
    </message>
    <message>
        <source>服务器地址只填主机名或 IP 地址，如 10.0.0.5。</source>
        <translation>服务器地址只填主机名或 IP 地址，如 10.0.0.5。</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>CreateProjectDialog</name>
    <message>
        <source>新建储备项目</source>
        <translation>新建储备项目</translation>
    </message>
    <message>
        <source>由 %1 张工单生成储备项目</source>
        <translation>由 %1 张工单生成储备项目</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>工单只关联，不复制：其反映人和诉求就是项目的依据。</source>
        <translation>工单只关联，不复制：其反映人和诉求就是项目的依据。</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>来源工单</source>
        <translation>来源工单</translation>
    </message>
    <message>
        <source>工单编号，每行一个或用逗号分隔；金点子、代表建议、部门计划可不填</source>
        <translation>工单编号，每行一个或用逗号分隔；金点子、代表建议、部门计划可不填</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>数据保存在哪里</source>
        <extracomment>The connection (and password) that was opened successfully: 下一步 goes on without reopening.</extracomment>
        <translation>数据保存在哪里</translation>
    </message>
    <message>
        <source>欢迎使用吹哨报到工作台。首次使用，请先选择数据库，再创建管理员账户。</source>
        <translation>欢迎使用吹哨报到工作台。首次使用，请先选择数据库，再创建管理员账户。</translation>
    </message>
    <message>
        <source>界面语言 / Language</source>
        <translation>界面语言 / Language</translation>
    </message>
</context>
<context>
    <name>DecideChangeDialog</name>
    <message>
        <source>审批设计变更</source>
        <translation>审批设计变更</translation>
    </message>
    <message>
        <source>变更金额 %1（%2 提出）：%3</source>
        <translation>变更金额 %1（%2 提出）：%3</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>不批准</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>不批准时须写明理由</source>
        <translation>不批准时须写明理由</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>DecideRequestDialog</name>
    <message>
        <source>审批%1申请</source>
        <translation>审批%1申请</translation>
    </message>
    <message>
        <source>工单 %1：%2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>%1申请%2（%3，%4）</source>
        <translation>%1申请%2（%3，%4）</translation>
    </message>
    <message>
        <source>理由：%1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>办结期限：%1 → %2</source>
        <translation>办结期限：%1 → %2</translation>
    </message>
    <message>
        <source>注意：新办结期限晚于 12345 承诺完成时间 %1。</source>
        <translation>注意：新办结期限晚于 12345 承诺完成时间 %1。</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>驳回时必须说明理由</source>
        <translation>驳回时必须说明理由</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>驳回申请时请说明理由。</source>
        <translation>驳回申请时请说明理由。</translation>
    </message>
</context>
<context>
    <name>DecideReturnDialog</name>
    <message>
        <source>审核退单</source>
        <translation>审核退单</translation>
    </message>
    <message>
        <source>退单理由：%1</source>
        <translation>退单理由：%1</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>同意退单</source>
        <translation>同意退单</translation>
    </message>
    <message>
        <source>驳回，继续办理</source>
        <translation>驳回，继续办理</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>驳回时必须说明理由</source>
        <translation>驳回时必须说明理由</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>驳回退单时请说明理由。</source>
        <translation>驳回退单时请说明理由。</translation>
    </message>
</context>
<context>
    <name>DepartmentsWindow</name>
    <message>
        <source>部门管理</source>
        <translation>部门管理</translation>
    </message>
    <message>
        <source>吹哨时可以召集的部门。停用的部门不能再被召集，已派给它的派单照常办理；重命名后，它的派单和联络员随之更名，时间线保留原名称。</source>
        <translation>吹哨时可以召集的部门。停用的部门不能再被召集，已派给它的派单照常办理；重命名后，它的派单和联络员随之更名，时间线保留原名称。</translation>
    </message>
    <message>
        <source>默认主办的分类</source>
        <translation>默认主办的分类</translation>
    </message>
    <message>
        <source>联络员</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>%1（已停用）</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>联络员：%1</source>
        <translation>联络员：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>已停用：不能再被吹哨召集，已派出的派单照常办理。</source>
        <translation>已停用：不能再被吹哨召集，已派出的派单照常办理。</translation>
    </message>
    <message>
        <source>新增部门</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>部门名称</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>启用部门“%1”？

启用后，吹哨时可以再召集该部门。</source>
        <translation>启用部门“%1”？

启用后，吹哨时可以再召集该部门。</translation>
    </message>
    <message>
        <source>停用部门“%1”？

停用后，吹哨时不能再召集该部门；已派给它的派单照常办理，联络员账号不受影响。以后可以随时重新启用。</source>
        <translation>停用部门“%1”？

停用后，吹哨时不能再召集该部门；已派给它的派单照常办理，联络员账号不受影响。以后可以随时重新启用。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>请在左侧列表中选择一张工单</source>
        <extracomment>The dispatch selected in the list changed (its id, or 0 for none). A ticket (its TicketDetail) or nothing (None) is now shown: sections of other domains follow it.</extracomment>
        <translation>请在左侧列表中选择一张工单</translation>
    </message>
    <message>
        <source>分类</source>
        <extracomment>打印派单单 (the window gives it its action, Ctrl+P).</extracomment>
        <translation>分类</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>诉求类型</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>12345工单号</source>
        <translation>12345工单号</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>受理人</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>回复方式</source>
        <translation>回复方式</translation>
    </message>
    <message>
        <source>街道时限</source>
        <translation>街道时限</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>最近修改</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>：</source>
        <extracomment>field -&gt; value label (public for tests)</extracomment>
        <translation>：</translation>
    </message>
    <message>
        <source>问题描述：</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>派单（吹哨报到）</source>
        <translation>派单（吹哨报到）</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>%1 · %2 · 第 %3 轮</source>
        <translation>%1 · %2 · 第 %3 轮</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>核实</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>%1 限 %2</source>
        <translation>%1 限 %2</translation>
    </message>
    <message>
        <source>12345 承诺 %1</source>
        <translation>12345 承诺 %1</translation>
    </message>
    <message>
        <source>%1（%2 的办结时限晚于承诺）</source>
        <translation>%1（%2 的办结时限晚于承诺）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1；%2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>（保密）</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <source>%1（保密）</source>
        <translation>%1（保密）</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Disclose</name>
    <message>
        <source>发布阳光工程网站…</source>
        <extracomment>The folder written and its number of pages.</extracomment>
        <translation>发布阳光工程网站…</translation>
    </message>
    <message>
        <source>生成可公开的静态网站：年度重点民生工程清单、项目详情和近十二个月的三率，不含居民个人信息</source>
        <translation>生成可公开的静态网站：年度重点民生工程清单、项目详情和近十二个月的三率，不含居民个人信息</translation>
    </message>
    <message>
        <source>选择保存阳光工程网站的文件夹</source>
        <translation>选择保存阳光工程网站的文件夹</translation>
    </message>
    <message>
        <source>阳光工程网站</source>
        <translation>阳光工程网站</translation>
    </message>
    <message>
        <source>正在生成阳光工程网站…</source>
        <translation>正在生成阳光工程网站…</translation>
    </message>
    <message>
        <source>已生成阳光工程网站：%1（%2 个网页），用浏览器打开其中的 index.html 查看。</source>
        <translation>已生成阳光工程网站：%1（%2 个网页），用浏览器打开其中的 index.html 查看。</translation>
    </message>
    <message>
        <source>未能生成阳光工程网站。</source>
        <translation>未能生成阳光工程网站。</translation>
    </message>
</context>
<context>
    <name>DispatchListModel</name>
    <message>
        <source>部门</source>
        <extracomment>Pages of rows kept in memory; older ones are dropped and fetched again if the view comes back. How long a row count serves a new list of the same rows (another sort of the same queue, search and filters). A count reads every matching index entry (over 100 ms at 1,000,000 tickets, seconds for a 2-character search on SQLite) while a sort changes only the order, so a new sort reuses it; a refresh (the user&apos;s own writes) and a live notice count again, and so does the passing of time (a queue such as 回头看到期 or the 超时 filter changes with the clock alone). A reload is complete: its row count is in place (a new list&apos;s first page came before it). Row data of one page arrived (page number). Loading failed; the argument is a message for the user. Fresh rows of some changed tickets arrived (their ids) without a reset. Where a ticket asked for with :meth:`locate` is: (ticket id, row); row -1 when the list does not hold it. Where the search text looks: this queue, or every ticket the user may see (全部). What the rows shown are a list of: (queue, search, sort, descending, filters). Pages asked for and not answered yet, with the generation (reload) that asked. The generation whose first page starts a new list (the model resets when it arrives), if any. Recent counts: (queue, search, filters) -&gt; (time.monotonic() when asked, count); see COUNT_TTL_S. Counts asked of the database (tests, benchmark). Counters for tests and the benchmark. Badges: the clock they are evaluated against, and (set by the view&apos;s owner) the rows on screen. Whether clicking a header sorts (in memory: these lists are short).</extracomment>
        <translation>部门</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>派单时间</source>
        <translation>派单时间</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>限 %1</source>
        <translation>限 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1起挂起</source>
        <translation>%1起挂起</translation>
    </message>
    <message>
        <source>退单理由：%1</source>
        <translation>退单理由：%1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1期限：%2（时限 %3）</source>
        <translation>%1期限：%2（时限 %3）</translation>
    </message>
    <message>
        <source>%1时间：%2</source>
        <translation>%1时间：%2</translation>
    </message>
    <message>
        <source>已升级至%1</source>
        <translation>已升级至%1</translation>
    </message>
</context>
<context>
    <name>DraftListDialog</name>
    <message>
        <source>起草年度清单</source>
        <translation>起草年度清单</translation>
    </message>
    <message>
        <source>%1 年重点民生工程清单：勾选列入清单的项目，并按顺序排列。起草后由督办员批准。</source>
        <translation>%1 年重点民生工程清单：勾选列入清单的项目，并按顺序排列。起草后由督办员批准。</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>可不填，如：增补井盖加固</source>
        <translation>可不填，如：增补井盖加固</translation>
    </message>
    <message>
        <source>起草</source>
        <translation>起草</translation>
    </message>
    <message>
        <source>%1  %2（%3 · 优先级 %4）</source>
        <translation>%1  %2（%3 · 优先级 %4）</translation>
    </message>
    <message>
        <source>已选 %1 个项目</source>
        <translation>已选 %1 个项目</translation>
    </message>
    <message>
        <source>请至少勾选一个项目。</source>
        <translation>请至少勾选一个项目。</translation>
    </message>
</context>
<context>
    <name>EditProjectDialog</name>
    <message>
        <source>编辑项目</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>修改说明</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>可不填；记入项目历史</source>
        <translation>可不填；记入项目历史</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>没有修改任何内容。</source>
        <translation>没有修改任何内容。</translation>
    </message>
    <message>
        <source>已载入 %1 的修改；您改动过的内容仍保留。</source>
        <translation>已载入 %1 的修改；您改动过的内容仍保留。</translation>
    </message>
    <message>
        <source>以下内容对方也改过，请核对：%1。</source>
        <translation>以下内容对方也改过，请核对：%1。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>核对后可再次保存。</source>
        <translation>核对后可再次保存。</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>催办</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>确认通报</source>
        <translation>确认通报</translation>
    </message>
    <message>
        <source>工单 %1：%2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>%1（%2）%3超时，已%4；期限 %5，已超时 %6</source>
        <translation>%1（%2）%3超时，已%4；期限 %5，已超时 %6</translation>
    </message>
    <message>
        <source>新的%1期限</source>
        <translation>新的%1期限</translation>
    </message>
    <message>
        <source>改派给</source>
        <translation>改派给</translation>
    </message>
    <message>
        <source>请选择部门</source>
        <translation>请选择部门</translation>
    </message>
    <message>
        <source>如：已电话督促，要求今日内报到</source>
        <translation>如：已电话督促，要求今日内报到</translation>
    </message>
    <message>
        <source>可不填，如：已与部门商定</source>
        <translation>可不填，如：已与部门商定</translation>
    </message>
    <message>
        <source>说明改派原因；原部门的派单将被撤回</source>
        <translation>说明改派原因；原部门的派单将被撤回</translation>
    </message>
    <message>
        <source>可不填；将列入周报通报</source>
        <translation>可不填；将列入周报通报</translation>
    </message>
    <message>
        <source>催办说明</source>
        <translation>催办说明</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>（选填）</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation>改派原因</translation>
    </message>
    <message>
        <source>请选择改派的部门。</source>
        <translation>请选择改派的部门。</translation>
    </message>
</context>
<context>
    <name>EscalationModel</name>
    <message>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>超时环节</source>
        <translation>超时环节</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>升级时间</source>
        <translation>升级时间</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>处理时间</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>已关闭 %1</source>
        <translation>已关闭 %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>EscalationPage</name>
    <message>
        <source>已到期仍未完成的环节。可以催办、延期或改派；部门完成该环节后自动关闭。</source>
        <extracomment>The selected row&apos;s ticket number and dispatch id, or (&quot;&quot;, 0) when nothing is selected (the window shows it in the detail pane). An action went through: everything should refresh. The argument is a status message. Rows arrived. A message for the status bar (load errors). The highlighted item was just handled here: the next list highlights the row in its place (the next one to handle), even if the handled item is still listed further down.</extracomment>
        <translation>已到期仍未完成的环节。可以催办、延期或改派；部门完成该环节后自动关闭。</translation>
    </message>
    <message>
        <source>到期超过督办时限仍未完成的环节，需要督办员跟进。</source>
        <translation>到期超过督办时限仍未完成的环节，需要督办员跟进。</translation>
    </message>
    <message>
        <source>到期超过通报时限仍未完成的环节；确认后列入周报的通报名单。</source>
        <translation>到期超过通报时限仍未完成的环节；确认后列入周报的通报名单。</translation>
    </message>
    <message>
        <source>%1队列</source>
        <translation>%1队列</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>登记催办（须填写说明）</source>
        <translation>登记催办（须填写说明）</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>给超时环节一个新的期限</source>
        <translation>给超时环节一个新的期限</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>撤回原部门的派单，改派给另一个部门</source>
        <translation>撤回原部门的派单，改派给另一个部门</translation>
    </message>
    <message>
        <source>确认通报</source>
        <translation>确认通报</translation>
    </message>
    <message>
        <source>确认列入通报</source>
        <translation>确认列入通报</translation>
    </message>
    <message>
        <source>显示已关闭的</source>
        <translation>显示已关闭的</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>重新读取该队列</source>
        <translation>重新读取该队列</translation>
    </message>
    <message>
        <source>当前没有%1事项。</source>
        <translation>当前没有%1事项。</translation>
    </message>
    <message>
        <source>工单 %1：已催办%2</source>
        <translation>工单 %1：已催办%2</translation>
    </message>
    <message>
        <source>工单 %1：已为%2延期</source>
        <translation>工单 %1：已为%2延期</translation>
    </message>
    <message>
        <source>工单 %1：已将%2的派单改派</source>
        <translation>工单 %1：已将%2的派单改派</translation>
    </message>
    <message>
        <source>工单 %1：已确认通报%2</source>
        <translation>工单 %1：已确认通报%2</translation>
    </message>
</context>
<context>
    <name>ExistingPage</name>
    <message>
        <source>数据库已经设置好</source>
        <translation>数据库已经设置好</translation>
    </message>
    <message>
        <source>数据库 %1 中已有 %2 个账户，不需要再创建管理员。

点“完成”后请用您的账户登录。如果您还没有账户，请联系管理员创建。</source>
        <translation>数据库 %1 中已有 %2 个账户，不需要再创建管理员。

点“完成”后请用您的账户登录。如果您还没有账户，请联系管理员创建。</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>现办结期限：%1</source>
        <translation>现办结期限：%1</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>说明为何不能按期办结</source>
        <translation>说明为何不能按期办结</translation>
    </message>
    <message>
        <source>新办结期限</source>
        <translation>新办结期限</translation>
    </message>
    <message>
        <source>提交申请</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>注意：新办结期限晚于 12345 承诺完成时间 %1。</source>
        <translation>注意：新办结期限晚于 12345 承诺完成时间 %1。</translation>
    </message>
    <message>
        <source>请填写延期理由。</source>
        <translation>请填写延期理由。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>搜索编号、12345工单号、标题、地址、社区、反映人或电话（Ctrl+F）</source>
        <extracomment>The longest search text (the core refuses longer ones). The search text (after a pause in typing, or Enter) and whether it searches every ticket. The filters changed (and are valid).</extracomment>
        <translation>搜索编号、12345工单号、标题、地址、社区、反映人或电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>在本队列中搜索</source>
        <translation>在本队列中搜索</translation>
    </message>
    <message>
        <source>在全部工单中搜索</source>
        <translation>在全部工单中搜索</translation>
    </message>
    <message>
        <source>搜索只在当前队列中找，还是在您能看到的全部工单中找</source>
        <translation>搜索只在当前队列中找，还是在您能看到的全部工单中找</translation>
    </message>
    <message>
        <source>按部门、分类、紧急程度、来源、诉求类型、社区、受理日期或超期情况筛选</source>
        <translation>按部门、分类、紧急程度、来源、诉求类型、社区、受理日期或超期情况筛选</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>全部紧急程度</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>全部诉求类型</source>
        <translation>全部诉求类型</translation>
    </message>
    <message>
        <source>全部社区（可输入筛选）</source>
        <translation>全部社区（可输入筛选）</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>只看超期</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <source>只看预警</source>
        <translation>只看预警</translation>
    </message>
    <message>
        <source>时限已过预警比例（黄色）但尚未到期的</source>
        <translation>时限已过预警比例（黄色）但尚未到期的</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <source>未知社区：%1（请从列表中选择）</source>
        <translation>未知社区：%1（请从列表中选择）</translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择。</source>
        <translation>结束日期早于开始日期，请重新选择。</translation>
    </message>
    <message>
        <source>筛选（%1）</source>
        <translation>筛选（%1）</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>%1 张</source>
        <translation>%1 张</translation>
    </message>
    <message>
        <source>%1（已筛选）</source>
        <translation>%1（已筛选）</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>首次运行向导 — 吹哨报到工作台</source>
        <extracomment>The database chosen on page 1 (opened), or None. Desks this wizard opened (closed unless chosen when the wizard ends).</extracomment>
        <translation>首次运行向导 — 吹哨报到工作台</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>创建管理员</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>正在打开数据库（首次使用时会创建数据表）…</source>
        <translation>正在打开数据库（首次使用时会创建数据表）…</translation>
    </message>
</context>
<context>
    <name>HotspotModel</name>
    <message>
        <source>社区</source>
        <extracomment>The most hotspots the page asks for at once (the core&apos;s limit). The period presets, in the chooser&apos;s order. The core&apos;s sort key of each figure column (the default order of a fresh report is &quot;count&quot;).</extracomment>
        <translation>社区</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>小区点位</source>
        <translation>小区点位</translation>
    </message>
    <message>
        <source>问题数</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>涉及居民</source>
        <translation>涉及居民</translation>
    </message>
    <message>
        <source>重复件</source>
        <translation>重复件</translation>
    </message>
    <message>
        <source>不满意占比</source>
        <translation>不满意占比</translation>
    </message>
    <message>
        <source>未办结占比</source>
        <translation>未办结占比</translation>
    </message>
    <message>
        <source>环比</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>统计期内受理的问题：重复件并入主工单，只计一次</source>
        <translation>统计期内受理的问题：重复件并入主工单，只计一次</translation>
    </message>
    <message>
        <source>反映问题的居民：主工单与重复件之和</source>
        <translation>反映问题的居民：主工单与重复件之和</translation>
    </message>
    <message>
        <source>已并入的重复件，加上仍待确认的疑似重复件</source>
        <translation>已并入的重复件，加上仍待确认的疑似重复件</translation>
    </message>
    <message>
        <source>这些工单的有效回访中“不满意”的比例（每位居民的回访各计一次）</source>
        <translation>这些工单的有效回访中“不满意”的比例（每位居民的回访各计一次）</translation>
    </message>
    <message>
        <source>期末仍未结案（也未作废）的问题占问题数的比例</source>
        <translation>期末仍未结案（也未作废）的问题占问题数的比例</translation>
    </message>
    <message>
        <source>与上一等长时段相比问题数的增减；时段未结束时按相同的已过时长比较</source>
        <translation>与上一等长时段相比问题数的增减；时段未结束时按相同的已过时长比较</translation>
    </message>
    <message>
        <source>（未填地址）</source>
        <translation>（未填地址）</translation>
    </message>
    <message>
        <source>%1（%2/%3）</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>%1（新出现）</source>
        <translation>%1（新出现）</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>上一时段 %1 件，本时段 %2 件</source>
        <translation>上一时段 %1 件，本时段 %2 件</translation>
    </message>
    <message>
        <source>95% 置信区间 %1–%2</source>
        <translation>95% 置信区间 %1–%2</translation>
    </message>
</context>
<context>
    <name>HotspotsPage</name>
    <message>
        <source>问题清单</source>
        <extracomment>A message for the status bar. A report arrived and is shown. The selected hotspot&apos;s tickets are listed. Show this ticket (a double click in the hotspot&apos;s ticket list). 生成储备项目…: the hotspot&apos;s ticket numbers (at most 500, newest first), its 社区 and its category. 在地图上查看: the selected hotspot&apos;s 社区, its category, and the period (``(key, start, end)``). (社区, category) to select once the report arrives (the map&apos;s 查看热点).</extracomment>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>按社区和分类（或小区点位）汇总统计期内受理的工单：问题数、涉及居民、重复件、不满意和未办结占比，以及与上一等长时段的比较。点击列标题排序；选中一行可查看工单或生成储备项目。</source>
        <translation>按社区和分类（或小区点位）汇总统计期内受理的工单：问题数、涉及居民、重复件、不满意和未办结占比，以及与上一等长时段的比较。点击列标题排序；选中一行可查看工单或生成储备项目。</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>近三个月</source>
        <translation>近三个月</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>从</source>
        <translation>从</translation>
    </message>
    <message>
        <source>到</source>
        <translation>到</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>社区 × 分类</source>
        <translation>社区 × 分类</translation>
    </message>
    <message>
        <source>社区 × 分类 × 小区点位</source>
        <translation>社区 × 分类 × 小区点位</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>按所选统计期和分组重新统计</source>
        <translation>按所选统计期和分组重新统计</translation>
    </message>
    <message>
        <source>查看工单</source>
        <translation>查看工单</translation>
    </message>
    <message>
        <source>列出所选热点的工单（最新的在前，最多 500 件）</source>
        <translation>列出所选热点的工单（最新的在前，最多 500 件）</translation>
    </message>
    <message>
        <source>生成储备项目…</source>
        <translation>生成储备项目…</translation>
    </message>
    <message>
        <source>以所选热点的工单为依据，新建一个储备项目</source>
        <translation>以所选热点的工单为依据，新建一个储备项目</translation>
    </message>
    <message>
        <source>在地图上查看</source>
        <translation>在地图上查看</translation>
    </message>
    <message>
        <source>切换到地图：按本热点的统计期和分类筛选，显示其社区和工单</source>
        <translation>切换到地图：按本热点的统计期和分类筛选，显示其社区和工单</translation>
    </message>
    <message>
        <source>双击工单在右侧查看详情</source>
        <translation>双击工单在右侧查看详情</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>显示前 %1 个热点（共 %2 个）</source>
        <translation>显示前 %1 个热点（共 %2 个）</translation>
    </message>
    <message>
        <source>共 %1 个热点</source>
        <translation>共 %1 个热点</translation>
    </message>
    <message>
        <source>%1，问题 %2 件，涉及居民 %3 人；用时 %4 秒</source>
        <translation>%1，问题 %2 件，涉及居民 %3 人；用时 %4 秒</translation>
    </message>
    <message>
        <source>环比：与 %1 至 %2 相比</source>
        <translation>环比：与 %1 至 %2 相比</translation>
    </message>
    <message>
        <source>（统计期未结束，按相同的已过时长比较）</source>
        <translation>（统计期未结束，按相同的已过时长比较）</translation>
    </message>
    <message>
        <source>（未填地址）</source>
        <translation>（未填地址）</translation>
    </message>
    <message>
        <source>%1  %2  · %3 · 受理于 %4</source>
        <translation>%1  %2  · %3 · 受理于 %4</translation>
    </message>
    <message>
        <source>（重复件，并入 %1）</source>
        <translation>（重复件，并入 %1）</translation>
    </message>
    <message>
        <source>%1 的工单：共 %2 件</source>
        <translation>%1 的工单：共 %2 件</translation>
    </message>
    <message>
        <source>（列出最新的 %1 件）</source>
        <translation>（列出最新的 %1 件）</translation>
    </message>
    <message>
        <source>已选取 %1 的 %2 件工单，用于生成储备项目</source>
        <translation>已选取 %1 的 %2 件工单，用于生成储备项目</translation>
    </message>
    <message>
        <source>%1 在本统计期内没有热点。</source>
        <translation>%1 在本统计期内没有热点。</translation>
    </message>
    <message>
        <source>%1：本统计期内热点 %2 个</source>
        <translation>%1：本统计期内热点 %2 个</translation>
    </message>
</context>
<context>
    <name>ImportAdminWindow</name>
    <message>
        <source>12345 导入设置</source>
        <extracomment>What separates the administrator&apos;s extra column names: 、 , ， ; ； and line breaks (the full-width ones by code point: they are characters to split on, not text to translate).</extracomment>
        <translation>12345 导入设置</translation>
    </message>
    <message>
        <source>分类对照</source>
        <translation>分类对照</translation>
    </message>
    <message>
        <source>列名别名</source>
        <translation>列名别名</translation>
    </message>
    <message>
        <source>已存映射</source>
        <translation>已存映射</translation>
    </message>
    <message>
        <source>导入记录</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>12345 平台的分类路径（任一级，如“城市管理-&gt;市政设施-&gt;道路破损”或只写“城市管理”）对应的本地分类。导入时按最长的已对照前缀选分类；都对不上的工单进入“待分类”，由受理员在编辑工单时选定分类。</source>
        <translation>12345 平台的分类路径（任一级，如“城市管理-&gt;市政设施-&gt;道路破损”或只写“城市管理”）对应的本地分类。导入时按最长的已对照前缀选分类；都对不上的工单进入“待分类”，由受理员在编辑工单时选定分类。</translation>
    </message>
    <message>
        <source>来源系统</source>
        <translation>来源系统</translation>
    </message>
    <message>
        <source>平台分类路径</source>
        <translation>平台分类路径</translation>
    </message>
    <message>
        <source>本地分类</source>
        <translation>本地分类</translation>
    </message>
    <message>
        <source>如 城市管理-&gt;市政设施-&gt;道路破损</source>
        <translation>如 城市管理-&gt;市政设施-&gt;道路破损</translation>
    </message>
    <message>
        <source>保存对照(&amp;S)</source>
        <translation>保存对照(&amp;S)</translation>
    </message>
    <message>
        <source>删除对照</source>
        <translation>删除对照</translation>
    </message>
    <message>
        <source>新对照</source>
        <translation>新对照</translation>
    </message>
    <message>
        <source>重新分类待分类工单</source>
        <translation>重新分类待分类工单</translation>
    </message>
    <message>
        <source>仍在“待分类”中、平台分类现在有对照的导入工单，改为对照的本地分类（每张记一条修改记录）</source>
        <translation>仍在“待分类”中、平台分类现在有对照的导入工单，改为对照的本地分类（每张记一条修改记录）</translation>
    </message>
    <message>
        <source>导入时按列名识别各字段。内置列名不能修改；可以为字段补充其他城市导出文件使用的列名，用“、”或逗号分隔，然后点“保存别名”。</source>
        <translation>导入时按列名识别各字段。内置列名不能修改；可以为字段补充其他城市导出文件使用的列名，用“、”或逗号分隔，然后点“保存别名”。</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>内置列名</source>
        <translation>内置列名</translation>
    </message>
    <message>
        <source>自定义列名</source>
        <translation>自定义列名</translation>
    </message>
    <message>
        <source>保存别名</source>
        <translation>保存别名</translation>
    </message>
    <message>
        <source>在导入对话框中核对列映射后可以“保存此映射”，以后导入同一来源的文件时选用。</source>
        <translation>在导入对话框中核对列映射后可以“保存此映射”，以后导入同一来源的文件时选用。</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>列映射</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>删除映射</source>
        <translation>删除映射</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>共计</source>
        <translation>共计</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>疑似重复</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>不能导入</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>待分类</source>
        <translation>待分类</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>请填写平台分类路径。</source>
        <translation>请填写平台分类路径。</translation>
    </message>
    <message>
        <source>请选择本地分类。</source>
        <translation>请选择本地分类。</translation>
    </message>
    <message>
        <source>已保存对照：%1 → %2。仍在“待分类”中、平台分类与之相符的工单不会自动改变：点“重新分类待分类工单”可以一次改好。</source>
        <translation>已保存对照：%1 → %2。仍在“待分类”中、平台分类与之相符的工单不会自动改变：点“重新分类待分类工单”可以一次改好。</translation>
    </message>
    <message>
        <source>已删除对照：%1</source>
        <translation>已删除对照：%1</translation>
    </message>
    <message>
        <source>已重新分类 %1 张待分类工单。</source>
        <translation>已重新分类 %1 张待分类工单。</translation>
    </message>
    <message>
        <source>没有可以重新分类的工单：仍在“待分类”中的工单，其平台分类都还没有对照。</source>
        <translation>没有可以重新分类的工单：仍在“待分类”中的工单，其平台分类都还没有对照。</translation>
    </message>
    <message>
        <source>已保存 %1 个字段的列名别名。</source>
        <translation>已保存 %1 个字段的列名别名。</translation>
    </message>
    <message>
        <source>已删除列映射：%1</source>
        <translation>已删除列映射：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入 12345 工单</source>
        <extracomment>The import was committed: (batch id, new tickets).</extracomment>
        <translation>导入 12345 工单</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>跳过不能导入的行，导入其余各行</source>
        <translation>跳过不能导入的行，导入其余各行</translation>
    </message>
    <message>
        <source>按此映射重新预览</source>
        <translation>按此映射重新预览</translation>
    </message>
    <message>
        <source>保存不能导入的行…</source>
        <translation>保存不能导入的行…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>表头：</source>
        <translation>表头：</translation>
    </message>
    <message>
        <source>列映射（可修改，修改后请重新预览）</source>
        <translation>列映射（可修改，修改后请重新预览）</translation>
    </message>
    <message>
        <source>不能导入的行</source>
        <translation>不能导入的行</translation>
    </message>
    <message>
        <source>（按列名自动识别）</source>
        <extracomment>The saved mapping the preview and the import use (None: the columns found by their names).</extracomment>
        <translation>（按列名自动识别）</translation>
    </message>
    <message>
        <source>选用以前保存的列映射重新预览</source>
        <translation>选用以前保存的列映射重新预览</translation>
    </message>
    <message>
        <source>已存映射：</source>
        <translation>已存映射：</translation>
    </message>
    <message>
        <source>映射名称，如“北京 12345 导出”</source>
        <translation>映射名称，如“北京 12345 导出”</translation>
    </message>
    <message>
        <source>保存此映射…</source>
        <translation>保存此映射…</translation>
    </message>
    <message>
        <source>把上面核对过的列映射以此名称保存，以后导入同一来源的文件时选用</source>
        <translation>把上面核对过的列映射以此名称保存，以后导入同一来源的文件时选用</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>正在保存列映射…</source>
        <translation>正在保存列映射…</translation>
    </message>
    <message>
        <source>已保存列映射“%1”。以后导入时可在“已存映射”中选用。</source>
        <translation>已保存列映射“%1”。以后导入时可在“已存映射”中选用。</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>正在预览…</source>
        <translation>正在预览…</translation>
    </message>
    <message>
        <source>第 %1 行（%2 列）</source>
        <translation>第 %1 行（%2 列）</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>预览未写入任何数据。确认列映射和数字无误后，点“导入”。</source>
        <translation>预览未写入任何数据。确认列映射和数字无误后，点“导入”。</translation>
    </message>
    <message>
        <source>共 %1 行：新增 %2，更新 %3，无变化 %4，疑似重复 %5，不能导入 %6，待分类 %7</source>
        <translation>共 %1 行：新增 %2，更新 %3，无变化 %4，疑似重复 %5，不能导入 %6，待分类 %7</translation>
    </message>
    <message>
        <source>正在导入…（可以取消：取消后不会留下任何数据）</source>
        <translation>正在导入…（可以取消：取消后不会留下任何数据）</translation>
    </message>
    <message>
        <source>已导入（批次 %1）。新工单在“待派”中，来源为 12345。</source>
        <translation>已导入（批次 %1）。新工单在“待派”中，来源为 12345。</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>意外的错误，详情已写入日志。</source>
        <translation>意外的错误，详情已写入日志。</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1_未导入.xlsx</source>
        <translation>%1_未导入.xlsx</translation>
    </message>
    <message>
        <source>保存不能导入的行</source>
        <translation>保存不能导入的行</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>质量安全巡查</source>
        <translation>质量安全巡查</translation>
    </message>
    <message>
        <source>发现的问题将作为整改节点：主办部门被召集，逾期未整改逐级督办。</source>
        <translation>发现的问题将作为整改节点：主办部门被召集，逾期未整改逐级督办。</translation>
    </message>
    <message>
        <source>监理</source>
        <translation>监理</translation>
    </message>
    <message>
        <source>街道工作人员</source>
        <translation>街道工作人员</translation>
    </message>
    <message>
        <source>市民观察员</source>
        <translation>市民观察员</translation>
    </message>
    <message>
        <source>巡查人类别</source>
        <translation>巡查人类别</translation>
    </message>
    <message>
        <source>巡查人</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>巡查情况</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>无问题则不填</source>
        <translation>无问题则不填</translation>
    </message>
    <message>
        <source>整改主办部门</source>
        <translation>整改主办部门</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>现场照片</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <source>记录巡查</source>
        <translation>记录巡查</translation>
    </message>
    <message>
        <source>请填写巡查人。</source>
        <translation>请填写巡查人。</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>设置默认主办部门</source>
        <translation>设置默认主办部门</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>分类：%1
当前默认主办部门：%2</source>
        <translation>分类：%1
当前默认主办部门：%2</translation>
    </message>
    <message>
        <source>默认主办部门</source>
        <translation>默认主办部门</translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <source>项目进展</source>
        <extracomment>Something changed (a message for the status bar); the page reloads the project. The lifecycle arrived (a LifecycleInfo, or None).</extracomment>
        <translation>项目进展</translation>
    </message>
    <message>
        <source>推进阶段…</source>
        <translation>推进阶段…</translation>
    </message>
    <message>
        <source>安排节点…</source>
        <translation>安排节点…</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>完成节点…</source>
        <translation>完成节点…</translation>
    </message>
    <message>
        <source>记录进度…</source>
        <translation>记录进度…</translation>
    </message>
    <message>
        <source>质量安全巡查…</source>
        <translation>质量安全巡查…</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>时间轴</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>当前阶段：%1 · 完成 %2%</source>
        <translation>当前阶段：%1 · 完成 %2%</translation>
    </message>
    <message>
        <source>本阶段还有 %1 个节点未完成，完成后才能推进。</source>
        <translation>本阶段还有 %1 个节点未完成，完成后才能推进。</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>施工日志</source>
        <translation>施工日志</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>，照片 %1 张</source>
        <translation>，照片 %1 张</translation>
    </message>
    <message>
        <source>%1 %2：%3%4</source>
        <translation>%1 %2：%3%4</translation>
    </message>
    <message>
        <source>尚无进度、日志或巡查记录。</source>
        <translation>尚无进度、日志或巡查记录。</translation>
    </message>
    <message>
        <source>推进到%1…</source>
        <translation>推进到%1…</translation>
    </message>
    <message>
        <source>本阶段的节点全部完成后才能推进</source>
        <translation>本阶段的节点全部完成后才能推进</translation>
    </message>
    <message>
        <source>项目 %1 已推进到下一阶段</source>
        <translation>项目 %1 已推进到下一阶段</translation>
    </message>
    <message>
        <source>已为项目 %1 安排节点</source>
        <translation>已为项目 %1 安排节点</translation>
    </message>
    <message>
        <source>项目 %1 的节点已完成</source>
        <translation>项目 %1 的节点已完成</translation>
    </message>
    <message>
        <source>已记录项目 %1 的进度</source>
        <translation>已记录项目 %1 的进度</translation>
    </message>
    <message>
        <source>已记录项目 %1 的质量安全巡查</source>
        <translation>已记录项目 %1 的质量安全巡查</translation>
    </message>
    <message>
        <source>已为节点报到</source>
        <translation>已为节点报到</translation>
    </message>
</context>
<context>
    <name>LinkTicketsDialog</name>
    <message>
        <source>关联工单</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>已关联 %1 张工单。</source>
        <translation>已关联 %1 张工单。</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>每行一个，或用逗号分隔</source>
        <translation>每行一个，或用逗号分隔</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>请填写要关联的工单编号。</source>
        <translation>请填写要关联的工单编号。</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>工作台已锁定</source>
        <extracomment>The right password was given. The user chose 退出登录. The session cannot go on (locked out, disabled, changed elsewhere): log out with this message.</extracomment>
        <translation>工作台已锁定</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>为保护工单和居民信息，工作台已锁定。请输入 %1 的密码继续工作。</source>
        <translation>为保护工单和居民信息，工作台已锁定。请输入 %1 的密码继续工作。</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>退出登录(&amp;L)</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 吹哨报到工作台</source>
        <extracomment>Lines of text the error line always has room for (a lockout message is three lines in English).</extracomment>
        <translation>登录 — 吹哨报到工作台</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <extracomment>The &quot;is the PC&apos;s clock right?&quot; question while it is shown.</extracomment>
        <translation>吹哨报到工作台</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>请核对电脑时间</source>
        <translation>请核对电脑时间</translation>
    </message>
    <message>
        <source>时间正确，继续登录</source>
        <translation>时间正确，继续登录</translation>
    </message>
    <message>
        <source>先去校正时间</source>
        <translation>先去校正时间</translation>
    </message>
    <message>
        <source>请输入用户名。</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>督办与审批</source>
        <extracomment>The weekly report page&apos;s nav key (clerks, supervisors and admins). 民生工程 → 问题清单 and 项目库 (issue 16; clerks, supervisors and admins). 一张图 → 地图 (issue 17; clerks, supervisors and admins). How often a desk looks whether the office settings or the calendar changed (on another desk, say). The user chose 退出登录: the application shows the login dialog again. Another language was chosen in 查看 → 语言 (already installed): the application rebuilds the window. Something changed (our own action, or another desk&apos;s): views refresh. Detail of the selected ticket arrived (or None). Queue counts arrived. Escalation and approval counts arrived (supervisors and admins): {nav key: unhandled count}. The user saved another database connection and wants to log in there now (its URL, no password). Changes of these ticket ids (another desk&apos;s, heard live or by polling) are being applied. Why the session ended (shown by the login dialog), &apos;&apos; when the user chose 退出登录. The 督办与审批 pages (supervisors and admins), else None.</extracomment>
        <translation>督办与审批</translation>
    </message>
    <message>
        <source>统计</source>
        <extracomment>The 周报 page (clerks, supervisors and admins), else None.</extracomment>
        <translation>统计</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>民生工程</source>
        <extracomment>Pages with no ticket of their own (nav key -&gt; the widget the stack shows, what to do when it comes on screen, what F5 does): the ticket pane hides there and comes back with a ticket they open.</extracomment>
        <translation>民生工程</translation>
    </message>
    <message>
        <source>项目库</source>
        <translation>项目库</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>项目节点</source>
        <translation>项目节点</translation>
    </message>
    <message>
        <source>一张图</source>
        <translation>一张图</translation>
    </message>
    <message>
        <source>地图</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>工单(&amp;T)</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <source>派单(&amp;D)</source>
        <translation>派单(&amp;D)</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>导入 12345 工单…</source>
        <translation>导入 12345 工单…</translation>
    </message>
    <message>
        <source>从 12345 平台导出的 Excel 或 CSV 文件导入工单</source>
        <translation>从 12345 平台导出的 Excel 或 CSV 文件导入工单</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>数据库连接…</source>
        <translation>数据库连接…</translation>
    </message>
    <message>
        <source>选择本机数据库或共享服务器；更改后重新登录</source>
        <translation>选择本机数据库或共享服务器；更改后重新登录</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>修改您自己的登录密码</source>
        <translation>修改您自己的登录密码</translation>
    </message>
    <message>
        <source>锁定工作台</source>
        <translation>锁定工作台</translation>
    </message>
    <message>
        <source>离开座位时锁定，回来后输入密码继续</source>
        <translation>离开座位时锁定，回来后输入密码继续</translation>
    </message>
    <message>
        <source>立即检查超时</source>
        <translation>立即检查超时</translation>
    </message>
    <message>
        <source>立即检查到期未办的派单并记录催办、督办、通报</source>
        <translation>立即检查到期未办的派单并记录催办、督办、通报</translation>
    </message>
    <message>
        <source>与数据库的连接已断开，正在重试…</source>
        <translation>与数据库的连接已断开，正在重试…</translation>
    </message>
    <message>
        <source>已重新连接数据库，数据已刷新</source>
        <translation>已重新连接数据库，数据已刷新</translation>
    </message>
    <message>
        <source>办公室设置已保存</source>
        <translation>办公室设置已保存</translation>
    </message>
    <message>
        <source>密码已修改</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <translation>吹哨报到工作台</translation>
    </message>
    <message>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <source>已解锁</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>有新的待办事项，解锁后查看。</source>
        <translation>有新的待办事项，解锁后查看。</translation>
    </message>
    <message>
        <source>正在读取数据…</source>
        <translation>正在读取数据…</translation>
    </message>
</context>
<context>
    <name>MapImportDialog</name>
    <message>
        <source>导入地图边界</source>
        <translation>导入地图边界</translation>
    </message>
    <message>
        <source>GeoJSON、Shapefile（.shp）或其 .zip</source>
        <translation>GeoJSON、Shapefile（.shp）或其 .zip</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>社区/网格边界</source>
        <translation>社区/网格边界</translation>
    </message>
    <message>
        <source>道路/建筑（仅作参照）</source>
        <translation>道路/建筑（仅作参照）</translation>
    </message>
    <message>
        <source>图层</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>WGS84（GPS、天地图等）</source>
        <translation>WGS84（GPS、天地图等）</translation>
    </message>
    <message>
        <source>GCJ-02（高德、腾讯等国内网络地图，导入时换算）</source>
        <translation>GCJ-02（高德、腾讯等国内网络地图，导入时换算）</translation>
    </message>
    <message>
        <source>坐标系</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>自动（与社区列表匹配最多的属性）</source>
        <translation>自动（与社区列表匹配最多的属性）</translation>
    </message>
    <message>
        <source>名称属性</source>
        <translation>名称属性</translation>
    </message>
    <message>
        <source>已匹配</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>未匹配 / 没有边界的社区</source>
        <translation>未匹配 / 没有边界的社区</translation>
    </message>
    <message>
        <source>导入会替换该图层现有的全部边界；文件有任何问题时什么都不写入。</source>
        <translation>导入会替换该图层现有的全部边界；文件有任何问题时什么都不写入。</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>选择边界文件</source>
        <translation>选择边界文件</translation>
    </message>
    <message>
        <source>边界文件 (*.geojson *.json *.shp *.zip);;所有文件 (*)</source>
        <translation>边界文件 (*.geojson *.json *.shp *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>正在读取和检查…</source>
        <translation>正在读取和检查…</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1：%2 个要素，%3 个顶点；坐标系 %4；名称属性 %5</source>
        <translation>%1：%2 个要素，%3 个顶点；坐标系 %4；名称属性 %5</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>文件中：%1</source>
        <translation>文件中：%1</translation>
    </message>
    <message>
        <source>（无名称）</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>无边界：%1</source>
        <translation>无边界：%1</translation>
    </message>
    <message>
        <source>已导入。</source>
        <translation>已导入。</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>一张图</source>
        <extracomment>The period presets (the office&apos;s local dates up to today); ``custom``: dates given by the hotspot page. Pins of the part on screen are asked for this long after the last pan or zoom. Room between the legend (top-left, 8 px in) and the map when it is fitted. The picture arrived and is drawn. A 社区&apos;s tickets arrived in the list. The pins of the part on screen arrived. A ticket to show in the detail pane (its number). A project to show on the project page (its number). A ticket&apos;s point was set on the map. A project&apos;s place was set or cleared on the map (its number). 查看热点: the hotspot page, on this 社区 (its name, the map&apos;s category or &quot;&quot;, (period key, start, end)).</extracomment>
        <translation>一张图</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>近三个月</source>
        <translation>近三个月</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>未结案</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>已结案或撤销</source>
        <translation>已结案或撤销</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>着色</source>
        <extracomment>Without the tickets&apos; map (a 项目负责人: boundaries and projects only, to see and set the projects&apos; places).</extracomment>
        <translation>着色</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>全图</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>缩放到整个街道</source>
        <translation>缩放到整个街道</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>把当前地图（含图例）保存为 PNG 图片，用于汇报</source>
        <translation>把当前地图（含图例）保存为 PNG 图片，用于汇报</translation>
    </message>
    <message>
        <source>导入边界…</source>
        <translation>导入边界…</translation>
    </message>
    <message>
        <source>导入社区/网格边界（GeoJSON、Shapefile）</source>
        <translation>导入社区/网格边界（GeoJSON、Shapefile）</translation>
    </message>
    <message>
        <source>点</source>
        <translation>点</translation>
    </message>
    <message>
        <source>单击地图一次，即为项目位置</source>
        <translation>单击地图一次，即为项目位置</translation>
    </message>
    <message>
        <source>线</source>
        <translation>线</translation>
    </message>
    <message>
        <source>依次单击道路等的各点，按 Enter 或双击完成</source>
        <translation>依次单击道路等的各点，按 Enter 或双击完成</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>以已单击的各点保存为线（Enter）</source>
        <translation>以已单击的各点保存为线（Enter）</translation>
    </message>
    <message>
        <source>清除位置</source>
        <translation>清除位置</translation>
    </message>
    <message>
        <source>删除该项目在地图上的位置</source>
        <translation>删除该项目在地图上的位置</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>不标注（Esc）</source>
        <translation>不标注（Esc）</translation>
    </message>
    <message>
        <source>单击地图上的社区，查看其工单</source>
        <translation>单击地图上的社区，查看其工单</translation>
    </message>
    <message>
        <source>双击工单在右侧查看详情</source>
        <translation>双击工单在右侧查看详情</translation>
    </message>
    <message>
        <source>标注位置</source>
        <translation>标注位置</translation>
    </message>
    <message>
        <source>选中一张工单，再单击地图上它所在的位置</source>
        <translation>选中一张工单，再单击地图上它所在的位置</translation>
    </message>
    <message>
        <source>查看热点</source>
        <translation>查看热点</translation>
    </message>
    <message>
        <source>在问题清单中查看该社区的热点（同一统计期）</source>
        <translation>在问题清单中查看该社区的热点（同一统计期）</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>还没有导入社区边界，地图无法显示。</source>
        <translation>还没有导入社区边界，地图无法显示。</translation>
    </message>
    <message>
        <source>管理员可在本页“导入边界…”导入 GeoJSON 或 Shapefile 文件（或运行 whistle-desk map import）。</source>
        <translation>管理员可在本页“导入边界…”导入 GeoJSON 或 Shapefile 文件（或运行 whistle-desk map import）。</translation>
    </message>
    <message>
        <source>%1 个社区，工单 %2 张，其中有位置 %3 张；不在地图上的社区 %4 张；用时 %5 秒</source>
        <translation>%1 个社区，工单 %2 张，其中有位置 %3 张；不在地图上的社区 %4 张；用时 %5 秒</translation>
    </message>
    <message>
        <source>已标注位置的项目 %1 个，其中有超期节点 %2 个；用时 %3 秒</source>
        <translation>已标注位置的项目 %1 个，其中有超期节点 %2 个；用时 %3 秒</translation>
    </message>
    <message>
        <source>%1：正在读取…</source>
        <translation>%1：正在读取…</translation>
    </message>
    <message>
        <source>这张工单没有位置（只计入社区）：可选中后“标注位置”</source>
        <translation>这张工单没有位置（只计入社区）：可选中后“标注位置”</translation>
    </message>
    <message>
        <source>（显示最新 %1 张）</source>
        <translation>（显示最新 %1 张）</translation>
    </message>
    <message>
        <source>%1：共 %2 张工单%3</source>
        <translation>%1：共 %2 张工单%3</translation>
    </message>
    <message>
        <source>单击地图上工单 %1 所在的位置（按 Esc 取消）</source>
        <translation>单击地图上工单 %1 所在的位置（按 Esc 取消）</translation>
    </message>
    <message>
        <source>已取消标注位置。</source>
        <translation>已取消标注位置。</translation>
    </message>
    <message>
        <source>边界之外</source>
        <translation>边界之外</translation>
    </message>
    <message>
        <source>已标注工单 %1 的位置（%2）。</source>
        <translation>已标注工单 %1 的位置（%2）。</translation>
    </message>
    <message>
        <source>标注项目 %1 %2 的位置</source>
        <translation>标注项目 %1 %2 的位置</translation>
    </message>
    <message>
        <source>依次单击项目 %1 沿线的各点，按 Enter 或双击完成（Esc 取消）</source>
        <translation>依次单击项目 %1 沿线的各点，按 Enter 或双击完成（Esc 取消）</translation>
    </message>
    <message>
        <source>已取 %1 个点：</source>
        <translation>已取 %1 个点：</translation>
    </message>
    <message>
        <source>单击地图上项目 %1 所在的位置（Esc 取消）</source>
        <translation>单击地图上项目 %1 所在的位置（Esc 取消）</translation>
    </message>
    <message>
        <source>线至少需要两个点：请再单击地图。</source>
        <translation>线至少需要两个点：请再单击地图。</translation>
    </message>
    <message>
        <source>已取消标注项目 %1 的位置。</source>
        <translation>已取消标注项目 %1 的位置。</translation>
    </message>
    <message>
        <source>线，%1 个点</source>
        <translation>线，%1 个点</translation>
    </message>
    <message>
        <source>已标注项目 %1 的位置（%2）。</source>
        <translation>已标注项目 %1 的位置（%2）。</translation>
    </message>
    <message>
        <source>已清除项目 %1 的位置。</source>
        <translation>已清除项目 %1 的位置。</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>民生工程项目位置</source>
        <translation>民生工程项目位置</translation>
    </message>
    <message>
        <source>导出地图图片</source>
        <translation>导出地图图片</translation>
    </message>
    <message>
        <source>地图.png</source>
        <translation>地图.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>已导出地图图片：%1</source>
        <translation>已导出地图图片：%1</translation>
    </message>
    <message>
        <source>无法保存图片：%1</source>
        <translation>无法保存图片：%1</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>工单数</source>
        <extracomment>What the 社区 are shaded by. A 社区 on the projects&apos; map (no figure): the paper map&apos;s fill (reports.mapdraw.FILL). The outline of a project with late milestones (超期节点; reports.mapdraw rings them in the same red). lupdate finds translate(&quot;context&quot;, &quot;literal&quot;) calls through this name.</extracomment>
        <translation>工单数</translation>
    </message>
    <message>
        <source>解决率</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>无时限（已办结等）</source>
        <translation>无时限（已办结等）</translation>
    </message>
    <message>
        <source>储备</source>
        <translation>储备</translation>
    </message>
    <message>
        <source>已列入清单</source>
        <translation>已列入清单</translation>
    </message>
    <message>
        <source>立项</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>招标</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>施工</source>
        <translation>施工</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>运维</source>
        <translation>运维</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>红圈：有超期节点</source>
        <extracomment>A row for the red outline of projects with late milestones (&quot;&quot; when none is drawn).</extracomment>
        <translation>红圈：有超期节点</translation>
    </message>
    <message>
        <source>无回访</source>
        <translation>无回访</translation>
    </message>
    <message>
        <source>无位置的工单只计入所在社区，不显示为点</source>
        <translation>无位置的工单只计入所在社区，不显示为点</translation>
    </message>
    <message>
        <source>工单位置</source>
        <translation>工单位置</translation>
    </message>
    <message>
        <source>超期节点 %1</source>
        <translation>超期节点 %1</translation>
    </message>
    <message>
        <source>单击在项目库中查看</source>
        <translation>单击在项目库中查看</translation>
    </message>
    <message>
        <source>民生工程</source>
        <translation>民生工程</translation>
    </message>
    <message>
        <source>%1（未匹配社区）</source>
        <extracomment>False: the projects&apos; map only (the 社区 unshaded, no figures on them).</extracomment>
        <translation>%1（未匹配社区）</translation>
    </message>
    <message>
        <source>无名称</source>
        <translation>无名称</translation>
    </message>
    <message>
        <source>%1 张工单（其中超期 %2 张）：放大查看</source>
        <translation>%1 张工单（其中超期 %2 张）：放大查看</translation>
    </message>
    <message>
        <source>%1%（%2）</source>
        <translation>%1%（%2）</translation>
    </message>
    <message>
        <source>工单 %1 张，其中有位置 %2 张</source>
        <translation>工单 %1 张，其中有位置 %2 张</translation>
    </message>
    <message>
        <source>解决率 %1</source>
        <translation>解决率 %1</translation>
    </message>
    <message>
        <source>满意率 %1</source>
        <translation>满意率 %1</translation>
    </message>
    <message>
        <source>单击查看该社区的工单</source>
        <translation>单击查看该社区的工单</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>登记预算与合同金额</source>
        <translation>登记预算与合同金额</translation>
    </message>
    <message>
        <source>预算（万元）</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>合同金额（万元）</source>
        <translation>合同金额（万元）</translation>
    </message>
    <message>
        <source>签订合同后填写</source>
        <translation>签订合同后填写</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>可不填，如：预算批复文号、合同编号</source>
        <translation>可不填，如：预算批复文号、合同编号</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>MyProjectsPage</name>
    <message>
        <source>分配给您的民生工程项目。您可以查看进展、记录巡查和发表评论。</source>
        <translation>分配给您的民生工程项目。您可以查看进展、记录巡查和发表评论。</translation>
    </message>
    <message>
        <source>还没有分配给您的项目。</source>
        <translation>还没有分配给您的项目。</translation>
    </message>
    <message>
        <source>巡查…</source>
        <translation>巡查…</translation>
    </message>
    <message>
        <source>以市民观察员身份记录一次质量安全巡查（可附照片）</source>
        <translation>以市民观察员身份记录一次质量安全巡查（可附照片）</translation>
    </message>
    <message>
        <source>评论…</source>
        <translation>评论…</translation>
    </message>
    <message>
        <source>对所选项目发表评论，记入项目历史</source>
        <translation>对所选项目发表评论，记入项目历史</translation>
    </message>
    <message>
        <source>监理</source>
        <translation>监理</translation>
    </message>
    <message>
        <source>街道工作人员</source>
        <translation>街道工作人员</translation>
    </message>
    <message>
        <source>市民观察员</source>
        <translation>市民观察员</translation>
    </message>
    <message>
        <source>节点</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>计划完成</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>实际完成</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>整改：</source>
        <translation>整改：</translation>
    </message>
    <message>
        <source>%1&#x3000;%2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>年度：%1&#x3000;阶段：%2&#x3000;完成：%3%</source>
        <translation>年度：%1&#x3000;阶段：%2&#x3000;完成：%3%</translation>
    </message>
    <message>
        <source>社区：%1&#x3000;分类：%2</source>
        <translation>社区：%1&#x3000;分类：%2</translation>
    </message>
    <message>
        <source>暂无节点</source>
        <translation>暂无节点</translation>
    </message>
    <message>
        <source>巡查与进度</source>
        <translation>巡查与进度</translation>
    </message>
    <message>
        <source>%1 进度 %2%</source>
        <translation>%1 进度 %2%</translation>
    </message>
    <message>
        <source>%1 巡查（%2）</source>
        <translation>%1 巡查（%2）</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>暂无记录</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>暂无评论</source>
        <translation>暂无评论</translation>
    </message>
    <message>
        <source>已记录项目 %1 的巡查</source>
        <translation>已记录项目 %1 的巡查</translation>
    </message>
    <message>
        <source>已发表对项目 %1 的评论</source>
        <translation>已发表对项目 %1 的评论</translation>
    </message>
</context>
<context>
    <name>NamedItemsModel</name>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>NamedItemsWindow</name>
    <message>
        <source>新增(&amp;N)…</source>
        <extracomment>A successful change (add, rename, activate, deactivate, lead): cached lists elsewhere should refresh. The table was (re)loaded. The form dialog opened last (tests fill it and call ``submit()``).</extracomment>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>重命名(&amp;R)…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>停用(&amp;D)…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>关闭</source>
        <extracomment>The actions of the buttons and the context menu, in order (subclasses may append theirs).</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>启用(&amp;E)…</source>
        <translation>启用(&amp;E)…</translation>
    </message>
    <message>
        <source>已新增：%1</source>
        <translation>已新增：%1</translation>
    </message>
    <message>
        <source>重命名“%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>新名称</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>现名称：%1</source>
        <translation>现名称：%1</translation>
    </message>
    <message>
        <source>已将“%1”重命名为“%2”</source>
        <translation>已将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>已启用：%1</source>
        <translation>已启用：%1</translation>
    </message>
    <message>
        <source>已停用：%1</source>
        <translation>已停用：%1</translation>
    </message>
</context>
<context>
    <name>NavList</name>
    <message>
        <source>分组标题</source>
        <translation>分组标题</translation>
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
        <translation>新建用户</translation>
    </message>
    <message>
        <source>用户名用于登录：以字母开头，由小写字母、数字、点、下划线或连字符组成，如 zhang.wei。</source>
        <translation>用户名用于登录：以字母开头，由小写字母、数字、点、下划线或连字符组成，如 zhang.wei。</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>显示在工单记录中，如 张伟</source>
        <translation>显示在工单记录中，如 张伟</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>至少 8 个字符</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>首次登录时须修改密码</source>
        <translation>首次登录时须修改密码</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>报到说明</source>
        <extracomment>verb -&gt; (façade keyword of the note, required)</extracomment>
        <translation>报到说明</translation>
    </message>
    <message>
        <source>响应情况</source>
        <translation>响应情况</translation>
    </message>
    <message>
        <source>办结情况</source>
        <translation>办结情况</translation>
    </message>
    <message>
        <source>退单理由</source>
        <translation>退单理由</translation>
    </message>
    <message>
        <source>撤回理由</source>
        <translation>撤回理由</translation>
    </message>
    <message>
        <source>结案说明</source>
        <translation>结案说明</translation>
    </message>
    <message>
        <source>重办理由</source>
        <translation>重办理由</translation>
    </message>
    <message>
        <source>撤销理由</source>
        <translation>撤销理由</translation>
    </message>
    <message>
        <source>挂起理由</source>
        <translation>挂起理由</translation>
    </message>
    <message>
        <source>恢复说明</source>
        <translation>恢复说明</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>如：已电话联系反映人，约定明日到场</source>
        <translation>如：已电话联系反映人，约定明日到场</translation>
    </message>
    <message>
        <source>如：已现场处置完毕，附处置结果</source>
        <translation>如：已现场处置完毕，附处置结果</translation>
    </message>
    <message>
        <source>说明不属于本部门职责的依据</source>
        <translation>说明不属于本部门职责的依据</translation>
    </message>
    <message>
        <source>说明为何撤回</source>
        <translation>说明为何撤回</translation>
    </message>
    <message>
        <source>说明为何重办；将再次派给上一轮办结的部门</source>
        <translation>说明为何重办；将再次派给上一轮办结的部门</translation>
    </message>
    <message>
        <source>说明为何撤销该工单</source>
        <translation>说明为何撤销该工单</translation>
    </message>
    <message>
        <source>如：等待居民回家后入户查看；批准后暂停计时</source>
        <translation>如：等待居民回家后入户查看；批准后暂停计时</translation>
    </message>
    <message>
        <source>可不填；挂起期间的工作时间将顺延到各项期限</source>
        <translation>可不填；挂起期间的工作时间将顺延到各项期限</translation>
    </message>
    <message>
        <source>（选填）</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <translation>请填写%1。</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>哨</source>
        <extracomment>A sweep finished (the :class:`desk.dto.SweepResult`).</extracomment>
        <translation>哨</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <extracomment>(title, message) of every notice.</extracomment>
        <translation>吹哨报到工作台</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ObserverInspectionDialog</name>
    <message>
        <source>质量安全巡查</source>
        <translation>质量安全巡查</translation>
    </message>
    <message>
        <source>项目 %1：%2</source>
        <translation>项目 %1：%2</translation>
    </message>
    <message>
        <source>以市民观察员 %1 的名义记录；发现的问题由街道安排整改。</source>
        <translation>以市民观察员 %1 的名义记录；发现的问题由街道安排整改。</translation>
    </message>
    <message>
        <source>看到了什么：施工安全、围挡、文明施工、质量问题…</source>
        <translation>看到了什么：施工安全、围挡、文明施工、质量问题…</translation>
    </message>
    <message>
        <source>巡查情况</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <source>现场照片</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <source>记录巡查</source>
        <translation>记录巡查</translation>
    </message>
    <message>
        <source>请填写巡查情况。</source>
        <translation>请填写巡查情况。</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>办公室信息</source>
        <translation>办公室信息</translation>
    </message>
    <message>
        <source>办公室名称显示在周报上；时限和时间都按办公室所在的时区计算。以后可以在“管理 → 办公室设置”中修改。</source>
        <translation>办公室名称显示在周报上；时限和时间都按办公室所在的时区计算。以后可以在“管理 → 办公室设置”中修改。</translation>
    </message>
    <message>
        <source>办公室名称</source>
        <translation>办公室名称</translation>
    </message>
    <message>
        <source>时区</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>如 幸福街道办事处</source>
        <translation>如 幸福街道办事处</translation>
    </message>
    <message>
        <source>中国大陆统一使用北京时间（Asia/Shanghai）。也可以输入其他 IANA 时区名。</source>
        <translation>中国大陆统一使用北京时间（Asia/Shanghai）。也可以输入其他 IANA 时区名。</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>OpDialog</name>
    <message>
        <source>确定</source>
        <extracomment>Emitted with the façade&apos;s result when the call succeeded (just before the dialog accepts). Emitted when part of a two-step call went through although the dialog stays open. The call failed with ``ConflictError`` (someone else changed the item first): the core&apos;s message. The window reloads the item and hands it to :meth:`item_reloaded`. Enter in a one-line field submits (the login). Elsewhere Enter moves to the next field, so that a half-filled form is never sent by accident; Ctrl+Enter submits every dialog. Esc or 取消 asks before throwing away typed text. Lines the dialog&apos;s error line always has room for, shown empty (0: it appears when needed). The &quot;放弃填写的内容？&quot; question while it is shown.</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>放弃填写的内容？</source>
        <translation>放弃填写的内容？</translation>
    </message>
    <message>
        <source>您填写的内容尚未提交，关闭后将丢失。</source>
        <translation>您填写的内容尚未提交，关闭后将丢失。</translation>
    </message>
    <message>
        <source>放弃并关闭</source>
        <translation>放弃并关闭</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>已重新载入最新内容（见详情），请核对后再决定是否继续。</source>
        <translation>已重新载入最新内容（见详情），请核对后再决定是否继续。</translation>
    </message>
</context>
<context>
    <name>PartiesDialog</name>
    <message>
        <source>登记参建单位</source>
        <translation>登记参建单位</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>监理单位</source>
        <translation>监理单位</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>登记拨付</source>
        <translation>登记拨付</translation>
    </message>
    <message>
        <source>合同总额 %1，已拨付 %2，尚可拨付 %3。</source>
        <translation>合同总额 %1，已拨付 %2，尚可拨付 %3。</translation>
    </message>
    <message>
        <source>拨付金额（万元）</source>
        <translation>拨付金额（万元）</translation>
    </message>
    <message>
        <source>拨付日期</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>可不填，如：进度款第 2 期</source>
        <translation>可不填，如：进度款第 2 期</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>查看附件</source>
        <extracomment>An attachment was removed (its id).</extracomment>
        <translation>查看附件</translation>
    </message>
    <message>
        <source>◀ 上一张</source>
        <extracomment>attachment id -&gt; its stored file (read once per viewer)</extracomment>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>下一张 ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 · %2 添加于 %3%4</source>
        <translation>%1 · %2 添加于 %3%4</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>附件另存为</source>
        <translation>附件另存为</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>删除附件</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>删除附件“%1”？删除会记入处理记录。</source>
        <translation>删除附件“%1”？删除会记入处理记录。</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>PointPicker</name>
    <message>
        <source>在地图上标注位置</source>
        <extracomment>Decimal places shown (1e-6° is about 10 cm). The chosen point, WGS84 (lon, lat). The boundaries arrived and are drawn (or there are none).</extracomment>
        <translation>在地图上标注位置</translation>
    </message>
    <message>
        <source>单击地图上问题所在的位置；也可以直接输入坐标。</source>
        <translation>单击地图上问题所在的位置；也可以直接输入坐标。</translation>
    </message>
    <message>
        <source>正在读取社区边界…</source>
        <translation>正在读取社区边界…</translation>
    </message>
    <message>
        <source>坐标（经度, 纬度）</source>
        <translation>坐标（经度, 纬度）</translation>
    </message>
    <message>
        <source>例如 116.397128, 39.916527</source>
        <translation>例如 116.397128, 39.916527</translation>
    </message>
    <message>
        <source>WGS84（GPS、12345 工单）</source>
        <translation>WGS84（GPS、12345 工单）</translation>
    </message>
    <message>
        <source>GCJ-02（高德、腾讯地图）</source>
        <translation>GCJ-02（高德、腾讯地图）</translation>
    </message>
    <message>
        <source>输入的坐标来自哪种地图：GCJ-02 的坐标会换算为 WGS84 保存</source>
        <translation>输入的坐标来自哪种地图：GCJ-02 的坐标会换算为 WGS84 保存</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>还没有导入社区边界，无法在地图上单击：请直接输入坐标。</source>
        <translation>还没有导入社区边界，无法在地图上单击：请直接输入坐标。</translation>
    </message>
    <message>
        <source>请输入两个数：经度, 纬度（如 116.397128, 39.916527）。</source>
        <translation>请输入两个数：经度, 纬度（如 116.397128, 39.916527）。</translation>
    </message>
    <message>
        <source>坐标（%1, %2）不在中国境内：经度在前、纬度在后。</source>
        <translation>坐标（%1, %2）不在中国境内：经度在前、纬度在后。</translation>
    </message>
    <message>
        <source>尚未标注</source>
        <translation>尚未标注</translation>
    </message>
    <message>
        <source>位置：%1（%2）</source>
        <translation>位置：%1（%2）</translation>
    </message>
    <message>
        <source>不在已导入的社区边界内</source>
        <translation>不在已导入的社区边界内</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>分类</source>
        <extracomment>Policies arrived. A row was saved (the new PolicyInfo). A save failed: (row, message).</extracomment>
        <translation>分类</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>报到时限</source>
        <translation>报到时限</translation>
    </message>
    <message>
        <source>响应时限</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>办结时限</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>沿用%1</source>
        <translation>沿用%1</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>双击修改，例如 30m、2h、1d、6wh、3wd（wd 为工作日，wh 为工作小时）</source>
        <translation>双击修改，例如 30m、2h、1d、6wh、3wd（wd 为工作日，wh 为工作小时）</translation>
    </message>
</context>
<context>
    <name>PolicyWindow</name>
    <message>
        <source>时限标准</source>
        <translation>时限标准</translation>
    </message>
    <message>
        <source>双击时限即可修改，回车保存。单位：m 分钟、h 小时、d 天（自然时）；wh 工作小时、wd 工作日（工作时，按办公室的工作时段和工作日历计算）。修改只影响此后派出的派单。</source>
        <translation>双击时限即可修改，回车保存。单位：m 分钟、h 小时、d 天（自然时）；wh 工作小时、wd 工作日（工作时，按办公室的工作时段和工作日历计算）。修改只影响此后派出的派单。</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>已保存：%1 · %2</source>
        <translation>已保存：%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2：</source>
        <translation>%1 · %2：</translation>
    </message>
    <message>
        <source>未保存。%1%2</source>
        <translation>未保存。%1%2</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>记录项目进度</source>
        <translation>记录项目进度</translation>
    </message>
    <message>
        <source>完成百分比</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>形象进度照片</source>
        <translation>形象进度照片</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>ProjectCallbackDialog</name>
    <message>
        <source>回访居民</source>
        <translation>回访居民</translation>
    </message>
    <message>
        <source>请告知居民：您反映的问题已由项目“%1”解决，并询问是否解决、是否满意。</source>
        <translation>请告知居民：您反映的问题已由项目“%1”解决，并询问是否解决、是否满意。</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>（未留姓名）</source>
        <translation>（未留姓名）</translation>
    </message>
    <message>
        <source>（无电话）</source>
        <translation>（无电话）</translation>
    </message>
    <message>
        <source>已联系到居民</source>
        <translation>已联系到居民</translation>
    </message>
    <message>
        <source>问题是否解决</source>
        <translation>问题是否解决</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>未解决</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>登记回访</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>所有居民都已回访。</source>
        <translation>所有居民都已回访。</translation>
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
        <translation>吹哨报到工作台</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>民生工程</source>
        <translation>民生工程</translation>
    </message>
    <message>
        <source>项目库</source>
        <translation>项目库</translation>
    </message>
    <message>
        <source>我的项目</source>
        <translation>我的项目</translation>
    </message>
    <message>
        <source>一张图</source>
        <translation>一张图</translation>
    </message>
    <message>
        <source>地图</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>修改您自己的登录密码</source>
        <translation>修改您自己的登录密码</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>密码已修改</source>
        <translation>密码已修改</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <source>请在左侧列表中选择一个项目</source>
        <extracomment>A source ticket was double-clicked (its number). The source tickets selected changed (移除工单 follows).</extracomment>
        <translation>请在左侧列表中选择一个项目</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>安全底线</source>
        <translation>安全底线</translation>
    </message>
    <message>
        <source>受益人数</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>估算费用</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>项目说明</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>双击工单查看详情；选中后可“移除工单”</source>
        <translation>双击工单查看详情；选中后可“移除工单”</translation>
    </message>
    <message>
        <source>优先级评分</source>
        <translation>优先级评分</translation>
    </message>
    <message>
        <source>得分 = 数值 × 权重；权重在“办公室设置 → 民生工程”中设定</source>
        <translation>得分 = 数值 × 权重；权重在“办公室设置 → 民生工程”中设定</translation>
    </message>
    <message>
        <source>得分 = 数值 × 权重（权重在“办公室设置 → 民生工程”中设定）。</source>
        <translation>得分 = 数值 × 权重（权重在“办公室设置 → 民生工程”中设定）。</translation>
    </message>
    <message>
        <source>票决记录</source>
        <translation>票决记录</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>是：排在所有未触及安全底线的项目之前</source>
        <translation>是：排在所有未触及安全底线的项目之前</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>未估算</source>
        <translation>未估算</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2（第 %3 版）</source>
        <translation>%1 %2（第 %3 版）</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>来源工单（%1 张，反映居民 %2 人）</source>
        <translation>来源工单（%1 张，反映居民 %2 人）</translation>
    </message>
    <message>
        <source>评分 %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>触及安全底线：排在所有未触及安全底线的项目之前，不论评分。</source>
        <translation>触及安全底线：排在所有未触及安全底线的项目之前，不论评分。</translation>
    </message>
    <message>
        <source>%1（%2）：%3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>尚未票决。</source>
        <translation>尚未票决。</translation>
    </message>
</context>
<context>
    <name>ProjectRecordsPanel</name>
    <message>
        <source>资金</source>
        <extracomment>A dialog went through: the message for the status bar (the project changed: its detail is read again). The record arrived (a ProjectRecordInfo, or None).</extracomment>
        <translation>资金</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>合同金额</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>已批准设计变更</source>
        <translation>已批准设计变更</translation>
    </message>
    <message>
        <source>合同总额</source>
        <translation>合同总额</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>登记预算与合同…</source>
        <translation>登记预算与合同…</translation>
    </message>
    <message>
        <source>登记拨付…</source>
        <translation>登记拨付…</translation>
    </message>
    <message>
        <source>登记设计变更…</source>
        <translation>登记设计变更…</translation>
    </message>
    <message>
        <source>审批变更…</source>
        <translation>审批变更…</translation>
    </message>
    <message>
        <source>拨付记录</source>
        <translation>拨付记录</translation>
    </message>
    <message>
        <source>设计变更（选中待审批的一项后可审批）</source>
        <translation>设计变更（选中待审批的一项后可审批）</translation>
    </message>
    <message>
        <source>参建单位</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>监理单位</source>
        <translation>监理单位</translation>
    </message>
    <message>
        <source>红黑榜</source>
        <extracomment>The contractor&apos;s line of the 红黑榜 (desk/projects/records/board.py), its definition as the tooltip.</extracomment>
        <translation>红黑榜</translation>
    </message>
    <message>
        <source>登记参建单位…</source>
        <translation>登记参建单位…</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>录入测评答卷…</source>
        <translation>录入测评答卷…</translation>
    </message>
    <message>
        <source>登记验收结果…</source>
        <translation>登记验收结果…</translation>
    </message>
    <message>
        <source>回访居民…</source>
        <translation>回访居民…</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>登记回头看…</source>
        <translation>登记回头看…</translation>
    </message>
    <message>
        <source>请在左侧列表中选择一个项目</source>
        <translation>请在左侧列表中选择一个项目</translation>
    </message>
    <message>
        <source>储备项目列入年度清单后，才能登记资金、参建单位、验收和回头看。</source>
        <translation>储备项目列入年度清单后，才能登记资金、参建单位、验收和回头看。</translation>
    </message>
    <message>
        <source>项目已取消。</source>
        <translation>项目已取消。</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>未签订</source>
        <translation>未签订</translation>
    </message>
    <message>
        <source>（另有 %1 项待审批）</source>
        <translation>（另有 %1 项待审批）</translation>
    </message>
    <message>
        <source>%1（占合同总额 %2）</source>
        <translation>%1（占合同总额 %2）</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>验收合格（%1）</source>
        <translation>验收合格（%1）</translation>
    </message>
    <message>
        <source>验收不合格（%1）：%2</source>
        <translation>验收不合格（%1）：%2</translation>
    </message>
    <message>
        <source>尚未验收</source>
        <translation>尚未验收</translation>
    </message>
    <message>
        <source>验收中：尚未登记验收结果</source>
        <translation>验收中：尚未登记验收结果</translation>
    </message>
    <message>
        <source>居民满意度测评：%1 份答卷，满意度 %2（满意与基本满意之和）</source>
        <translation>居民满意度测评：%1 份答卷，满意度 %2（满意与基本满意之和）</translation>
    </message>
    <message>
        <source>居民满意度测评：尚无答卷。</source>
        <translation>居民满意度测评：尚无答卷。</translation>
    </message>
    <message>
        <source>回访来源工单的居民：已回访 %1 / %2 人</source>
        <translation>回访来源工单的居民：已回访 %1 / %2 人</translation>
    </message>
    <message>
        <source>整改情况：%1</source>
        <translation>整改情况：%1</translation>
    </message>
    <message>
        <source>验收合格后安排回头看。</source>
        <translation>验收合格后安排回头看。</translation>
    </message>
    <message>
        <source>红榜</source>
        <translation>红榜</translation>
    </message>
    <message>
        <source>黑榜</source>
        <translation>黑榜</translation>
    </message>
    <message>
        <source>未上榜</source>
        <translation>未上榜</translation>
    </message>
    <message>
        <source>%1：好评 %2，差评 %3，净分 %4（%5 个项目）</source>
        <translation>%1：好评 %2，差评 %3，净分 %4（%5 个项目）</translation>
    </message>
    <message>
        <source>项目进入验收阶段后才能登记测评和验收结果</source>
        <translation>项目进入验收阶段后才能登记测评和验收结果</translation>
    </message>
    <message>
        <source>项目 %1：已登记预算与合同金额</source>
        <translation>项目 %1：已登记预算与合同金额</translation>
    </message>
    <message>
        <source>项目 %1：已登记拨付</source>
        <translation>项目 %1：已登记拨付</translation>
    </message>
    <message>
        <source>项目 %1：已登记设计变更，等待审批</source>
        <translation>项目 %1：已登记设计变更，等待审批</translation>
    </message>
    <message>
        <source>项目 %1：已审批设计变更</source>
        <translation>项目 %1：已审批设计变更</translation>
    </message>
    <message>
        <source>项目 %1：已登记参建单位</source>
        <translation>项目 %1：已登记参建单位</translation>
    </message>
    <message>
        <source>项目 %1：已录入测评答卷</source>
        <translation>项目 %1：已录入测评答卷</translation>
    </message>
    <message>
        <source>项目 %1：已登记验收结果</source>
        <translation>项目 %1：已登记验收结果</translation>
    </message>
    <message>
        <source>项目 %1：已登记居民回访</source>
        <translation>项目 %1：已登记居民回访</translation>
    </message>
    <message>
        <source>项目 %1：已登记回头看</source>
        <translation>项目 %1：已登记回头看</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>项目库</source>
        <extracomment>A message for the status bar. A source ticket was double-clicked: show it (its number). The projects list arrived. The selected project&apos;s detail arrived (a ProjectInfo, or None). 在地图上标注…: set this project&apos;s place on the map page (its number, its name). The ticket numbers selected in the queue (关联工单… offers them). A project to select when the next list holds it (a new one).</extracomment>
        <translation>项目库</translation>
    </message>
    <message>
        <source>储备项目来自工单、问题清单，或居民金点子、代表建议、部门计划。按优先级排列：触及安全底线的在前，其余按评分从高到低；点击列标题可按该列排序。</source>
        <translation>储备项目来自工单、问题清单，或居民金点子、代表建议、部门计划。按优先级排列：触及安全底线的在前，其余按评分从高到低；点击列标题可按该列排序。</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>全部社区</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>有超期节点</source>
        <translation>有超期节点</translation>
    </message>
    <message>
        <source>只显示有节点（含整改）到期未完成的项目</source>
        <translation>只显示有节点（含整改）到期未完成的项目</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>重新读取项目库</source>
        <translation>重新读取项目库</translation>
    </message>
    <message>
        <source>新建储备项目…</source>
        <translation>新建储备项目…</translation>
    </message>
    <message>
        <source>居民金点子、代表建议、部门计划，或由工单编号生成</source>
        <translation>居民金点子、代表建议、部门计划，或由工单编号生成</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>修改所选项目</source>
        <translation>修改所选项目</translation>
    </message>
    <message>
        <source>关联工单…</source>
        <translation>关联工单…</translation>
    </message>
    <message>
        <source>为所选项目关联更多来源工单</source>
        <translation>为所选项目关联更多来源工单</translation>
    </message>
    <message>
        <source>移除工单</source>
        <translation>移除工单</translation>
    </message>
    <message>
        <source>从所选项目中移除详情里选中的来源工单</source>
        <translation>从所选项目中移除详情里选中的来源工单</translation>
    </message>
    <message>
        <source>记录票决…</source>
        <translation>记录票决…</translation>
    </message>
    <message>
        <source>登记居民议事会或代表会议的票决</source>
        <translation>登记居民议事会或代表会议的票决</translation>
    </message>
    <message>
        <source>取消项目…</source>
        <translation>取消项目…</translation>
    </message>
    <message>
        <source>不再推进的储备项目（保留记录）</source>
        <translation>不再推进的储备项目（保留记录）</translation>
    </message>
    <message>
        <source>市民观察员…</source>
        <translation>市民观察员…</translation>
    </message>
    <message>
        <source>指派或取消指派能看到所选项目的市民观察员</source>
        <translation>指派或取消指派能看到所选项目的市民观察员</translation>
    </message>
    <message>
        <source>在地图上标注…</source>
        <translation>在地图上标注…</translation>
    </message>
    <message>
        <source>切换到地图，单击标注所选项目的位置（点或线）</source>
        <translation>切换到地图，单击标注所选项目的位置（点或线）</translation>
    </message>
    <message>
        <source>资金与验收</source>
        <translation>资金与验收</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>共 %1 个项目</source>
        <translation>共 %1 个项目</translation>
    </message>
    <message>
        <source>没有符合条件的项目</source>
        <translation>没有符合条件的项目</translation>
    </message>
    <message>
        <source>项目库还是空的：点“新建储备项目…”，或在工单队列中选中工单后用“工单 → 生成储备项目…”</source>
        <translation>项目库还是空的：点“新建储备项目…”，或在工单队列中选中工单后用“工单 → 生成储备项目…”</translation>
    </message>
    <message>
        <source>已新建储备项目 %1</source>
        <translation>已新建储备项目 %1</translation>
    </message>
    <message>
        <source>项目 %1 已保存</source>
        <translation>项目 %1 已保存</translation>
    </message>
    <message>
        <source>项目 %1：已关联工单</source>
        <translation>项目 %1：已关联工单</translation>
    </message>
    <message>
        <source>项目 %1：已移除工单</source>
        <translation>项目 %1：已移除工单</translation>
    </message>
    <message>
        <source>项目 %1：已记录票决</source>
        <translation>项目 %1：已记录票决</translation>
    </message>
    <message>
        <source>项目 %1 已取消</source>
        <translation>项目 %1 已取消</translation>
    </message>
    <message>
        <source>项目 %1 的市民观察员已更新</source>
        <translation>项目 %1 的市民观察员已更新</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>12345 导出文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>12345 导出文件 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>新派单</source>
        <extracomment>A search slower than this (seconds) on a database without the substring index says why in the status bar. A message for the status bar, and how long it stays (ms). The queues&apos; counts arrived ({queue: number of tickets}). A tray notice (title, text): new dispatches arrived for the responder&apos;s department. Shows another queue (the window&apos;s navigation follows). Shows a ticket in the detail pane (the toolbar follows), and which one is shown (an id, a number). A ticket to highlight as soon as the table&apos;s new id list has it (select_ticket, a new ticket). Where to look for the pending ticket when the list on screen does not hold it (then 全部). The table row highlighted last, and what a new id list does to the highlight: &quot;neighbour&quot; (a refresh: the same ticket, or the row now in its place), &quot;keep&quot; (a new sort or search: the same ticket if it is still listed) or &quot;clear&quot; (another queue). When the current search text was applied (its list not yet shown): a slow one says why. Search box, where it searches, the filters (one set per queue, remembered) and the row count. Shown over the empty table: nothing matched, or the queue is empty.</extracomment>
        <translation>新派单</translation>
    </message>
    <message>
        <source>本部门有 %1 张新派单待报到（共 %2 张）</source>
        <translation>本部门有 %1 张新派单待报到（共 %2 张）</translation>
    </message>
    <message>
        <source>该列不能排序</source>
        <translation>该列不能排序</translation>
    </message>
    <message>
        <source>搜索较慢：数据库没有搜索索引（%1），每次搜索都要逐条查找。请联系管理员。</source>
        <translation>搜索较慢：数据库没有搜索索引（%1），每次搜索都要逐条查找。请联系管理员。</translation>
    </message>
    <message>
        <source>（已在全部工单中搜索）</source>
        <translation>（已在全部工单中搜索）</translation>
    </message>
    <message>
        <source>（只在本队列中搜索；可改为“在全部工单中搜索”）</source>
        <translation>（只在本队列中搜索；可改为“在全部工单中搜索”）</translation>
    </message>
    <message>
        <source>没有找到匹配的工单</source>
        <translation>没有找到匹配的工单</translation>
    </message>
    <message>
        <source>该队列中没有工单</source>
        <translation>该队列中没有工单</translation>
    </message>
</context>
<context>
    <name>RemoveTicketsDialog</name>
    <message>
        <source>移除工单</source>
        <translation>移除工单</translation>
    </message>
    <message>
        <source>从项目中移除以下 %1 张工单（工单本身不受影响）：</source>
        <translation>从项目中移除以下 %1 张工单（工单本身不受影响）：</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>RepeatHints</name>
    <message>
        <source>可能的重复件</source>
        <extracomment>The list was refreshed (the number of candidates shown). Numbers the clerk said are not repeats (not shown again while the dialog is open). What happened after the save: &apos;&apos; or a sentence (written by the op&apos;s worker into this plain dict).</extracomment>
        <translation>可能的重复件</translation>
    </message>
    <message>
        <source>输入标题和问题描述后，这里列出近期可能反映同一问题的工单。</source>
        <translation>输入标题和问题描述后，这里列出近期可能反映同一问题的工单。</translation>
    </message>
    <message>
        <source>相似度</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>受理后并入所选工单</source>
        <translation>受理后并入所选工单</translation>
    </message>
    <message>
        <source>不是重复件</source>
        <translation>不是重复件</translation>
    </message>
    <message>
        <source>正在查找可能的重复件…</source>
        <translation>正在查找可能的重复件…</translation>
    </message>
    <message>
        <source>无法查找重复件：%1</source>
        <translation>无法查找重复件：%1</translation>
    </message>
    <message>
        <source>（%1不同）</source>
        <translation>（%1不同）</translation>
    </message>
    <message>
        <source>找到 %1 件可能反映同一问题的工单：选中一件，受理后可并入它。</source>
        <translation>找到 %1 件可能反映同一问题的工单：选中一件，受理后可并入它。</translation>
    </message>
    <message>
        <source>没有找到可能的重复件。</source>
        <translation>没有找到可能的重复件。</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>受理后并入 %1</source>
        <translation>受理后并入 %1</translation>
    </message>
    <message>
        <source>（%1不同，勾选即确认）</source>
        <translation>（%1不同，勾选即确认）</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <source>工单编号</source>
        <extracomment>Something was merged, split or dismissed: the window refreshes (the ticket&apos;s number).</extracomment>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>相似度</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>确认合并</source>
        <translation>确认合并</translation>
    </message>
    <message>
        <source>不是重复件</source>
        <translation>不是重复件</translation>
    </message>
    <message>
        <source>拆分</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>满意</source>
        <extracomment>The question asked before a merge across 社区 or categories (while it is shown).</extracomment>
        <translation>满意</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>重复件：已并入 %1</source>
        <translation>重复件：已并入 %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>主工单“%1”（%2）共 %3 位居民反映。本工单跟随主工单办理，没有自己的派单；回访和结案仍单独进行。</source>
        <translation>主工单“%1”（%2）共 %3 位居民反映。本工单跟随主工单办理，没有自己的派单；回访和结案仍单独进行。</translation>
    </message>
    <message>
        <source>主工单的派单：%1</source>
        <translation>主工单的派单：%1</translation>
    </message>
    <message>
        <source>重复件：%1 位居民反映同一问题</source>
        <translation>重复件：%1 位居民反映同一问题</translation>
    </message>
    <message>
        <source>本工单是主工单，并入了 %1 件重复件；它们跟随本工单的派单和状态，各自回访、结案。</source>
        <translation>本工单是主工单，并入了 %1 件重复件；它们跟随本工单的派单和状态，各自回访、结案。</translation>
    </message>
    <message>
        <source>可能的重复件</source>
        <translation>可能的重复件</translation>
    </message>
    <message>
        <source>以下工单可能反映同一问题：选中一件后确认合并（本工单并入它），或标为不是重复件。</source>
        <translation>以下工单可能反映同一问题：选中一件后确认合并（本工单并入它），或标为不是重复件。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>无法合并</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>拆分重复件</source>
        <translation>拆分重复件</translation>
    </message>
    <message>
        <source>拆分原因（拆分后本工单回到待派，单独办理）：</source>
        <translation>拆分原因（拆分后本工单回到待派，单独办理）：</translation>
    </message>
</context>
<context>
    <name>ReportScheduler</name>
    <message>
        <source>周报已自动生成</source>
        <extracomment>The automatic report was written (its path). An automatic run failed (the message).</extracomment>
        <translation>周报已自动生成</translation>
    </message>
    <message>
        <source>%1 周报已保存到 %2</source>
        <translation>%1 周报已保存到 %2</translation>
    </message>
    <message>
        <source>周报未能自动生成</source>
        <translation>周报未能自动生成</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>周报</source>
        <extracomment>A PDF was generated and is shown (its path). A ticket of the drill-down list was highlighted (its number; no dispatch). Generation ended without a PDF: cancelled (True) or failed (False). A message for the status bar. The progress of the render, 0..100 (emitted on the render worker, delivered queued). The 通报 as generated, the department slips and the workbook beside it.</extracomment>
        <translation>周报</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>打印周报（Ctrl+P）</source>
        <translation>打印周报（Ctrl+P）</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>按周或按月统计受理、派单、三率（响应率、解决率、满意率）、按时率、红黑榜、超期和通报事项，生成通报 PDF、各部门工作单 PDF 和完整清单 Excel 附表。一周从周一 0 点到周日 24 点（本街道时间）。</source>
        <translation>按周或按月统计受理、派单、三率（响应率、解决率、满意率）、按时率、红黑榜、超期和通报事项，生成通报 PDF、各部门工作单 PDF 和完整清单 Excel 附表。一周从周一 0 点到周日 24 点（本街道时间）。</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>按周或按月统计（官方考核多按月）</source>
        <translation>按周或按月统计（官方考核多按月）</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>统计所选一期并生成通报、部门工作单和附表（Ctrl+G）</source>
        <translation>统计所选一期并生成通报、部门工作单和附表（Ctrl+G）</translation>
    </message>
    <message>
        <source>把通报 PDF 保存到指定位置，部门工作单和 Excel 附表保存在同一文件夹</source>
        <translation>把通报 PDF 保存到指定位置，部门工作单和 Excel 附表保存在同一文件夹</translation>
    </message>
    <message>
        <source>导出数字 JSON…</source>
        <translation>导出数字 JSON…</translation>
    </message>
    <message>
        <source>导出周报中的全部数字（JSON 格式），便于核对或再加工</source>
        <translation>导出周报中的全部数字（JSON 格式），便于核对或再加工</translation>
    </message>
    <message>
        <source>选择周次后按“生成”。</source>
        <translation>选择周次后按“生成”。</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>部门工作单</source>
        <translation>部门工作单</translation>
    </message>
    <message>
        <source>预览和打印哪一份文件</source>
        <translation>预览和打印哪一份文件</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>实际大小</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>期限或时间</source>
        <translation>期限或时间</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>生成后这里是根据数字起草的点评，可修改后按“按点评重新排版”。</source>
        <translation>生成后这里是根据数字起草的点评，可修改后按“按点评重新排版”。</translation>
    </message>
    <message>
        <source>按点评重新排版</source>
        <translation>按点评重新排版</translation>
    </message>
    <message>
        <source>用上面的点评重新生成通报 PDF（不重新统计）</source>
        <translation>用上面的点评重新生成通报 PDF（不重新统计）</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>部门指标</source>
        <translation>部门指标</translation>
    </message>
    <message>
        <source>排名图</source>
        <translation>排名图</translation>
    </message>
    <message>
        <source>点评</source>
        <translation>点评</translation>
    </message>
    <message>
        <source>每周一 08:00 自动生成上周周报到文件夹</source>
        <translation>每周一 08:00 自动生成上周周报到文件夹</translation>
    </message>
    <message>
        <source>本程序运行时，每周一 08:00（办公室时间）起把上周周报保存到该文件夹；周一没有开机的，开机后补生成。</source>
        <translation>本程序运行时，每周一 08:00（办公室时间）起把上周周报保存到该文件夹；周一没有开机的，开机后补生成。</translation>
    </message>
    <message>
        <source>（未选择文件夹）</source>
        <translation>（未选择文件夹）</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>中文字体</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>自动查找（程序自带的文泉驿微米黑，或系统的微软雅黑、宋体）</source>
        <translation>自动查找（程序自带的文泉驿微米黑，或系统的微软雅黑、宋体）</translation>
    </message>
    <message>
        <source>选择字体…</source>
        <translation>选择字体…</translation>
    </message>
    <message>
        <source>指定 .ttf 或 .ttc 中文字体文件；清空则自动查找</source>
        <translation>指定 .ttf 或 .ttc 中文字体文件；清空则自动查找</translation>
    </message>
    <message>
        <source>%1 本周，截至现在</source>
        <translation>%1 本周，截至现在</translation>
    </message>
    <message>
        <source>%1 本月，截至现在</source>
        <translation>%1 本月，截至现在</translation>
    </message>
    <message>
        <source>正在统计 %1 的数据…</source>
        <translation>正在统计 %1 的数据…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>生成周报</source>
        <translation>生成周报</translation>
    </message>
    <message>
        <source>正在生成 %1 的通报、部门工作单和附表…</source>
        <translation>正在生成 %1 的通报、部门工作单和附表…</translation>
    </message>
    <message>
        <source>通报共 %1 页，超过 %2 页：请精简“点评”，再点“按点评重新排版”。</source>
        <translation>通报共 %1 页，超过 %2 页：请精简“点评”，再点“按点评重新排版”。</translation>
    </message>
    <message>
        <source>已生成 %1 的通报、部门工作单和附表</source>
        <translation>已生成 %1 的通报、部门工作单和附表</translation>
    </message>
    <message>
        <source>报告已生成，但无法预览（%1）。</source>
        <translation>报告已生成，但无法预览（%1）。</translation>
    </message>
    <message>
        <source>%1 · %2 · 共 %3 页 · %4</source>
        <translation>%1 · %2 · 共 %3 页 · %4</translation>
    </message>
    <message>
        <source>名次</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>榜单</source>
        <translation>榜单</translation>
    </message>
    <message>
        <source>综合得分（排名窗口）</source>
        <translation>综合得分（排名窗口）</translation>
    </message>
    <message>
        <source>响应率</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>解决率</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>按时报到率</source>
        <translation>按时报到率</translation>
    </message>
    <message>
        <source>按时办结率</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>退单率</source>
        <translation>退单率</translation>
    </message>
    <message>
        <source>重办率</source>
        <translation>重办率</translation>
    </message>
    <message>
        <source>回访确认联系率</source>
        <translation>回访确认联系率</translation>
    </message>
    <message>
        <source>期末超期</source>
        <translation>期末超期</translation>
    </message>
    <message>
        <source>红榜</source>
        <translation>红榜</translation>
    </message>
    <message>
        <source>黑榜</source>
        <translation>黑榜</translation>
    </message>
    <message>
        <source>全街道</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>95% 区间 %1–%2</source>
        <translation>95% 区间 %1–%2</translation>
    </message>
    <message>
        <source>%1 / %2，95% 区间 %3–%4</source>
        <translation>%1 / %2，95% 区间 %3–%4</translation>
    </message>
    <message>
        <source>正在读取 %1 的%2明细…</source>
        <translation>正在读取 %1 的%2明细…</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>期末未完成</source>
        <translation>期末未完成</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>联系过</source>
        <translation>联系过</translation>
    </message>
    <message>
        <source>未联系</source>
        <translation>未联系</translation>
    </message>
    <message>
        <source>超时，%1 完成</source>
        <translation>超时，%1 完成</translation>
    </message>
    <message>
        <source>%1 的%2：计入 %3 件，其中达标 %4（%5）；未达标的排在前面。选中工单在右侧显示详情。</source>
        <translation>%1 的%2：计入 %3 件，其中达标 %4（%5）；未达标的排在前面。选中工单在右侧显示详情。</translation>
    </message>
    <message>
        <source>未能列出明细：%1</source>
        <translation>未能列出明细：%1</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>超期 %1</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>待重办</source>
        <translation>待重办</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>选中一个部门，查看其超期、督办升级和待重办的工单；选中某项比率，查看计入该比率的工单。选中工单在右侧显示详情。</source>
        <translation>选中一个部门，查看其超期、督办升级和待重办的工单；选中某项比率，查看计入该比率的工单。选中工单在右侧显示详情。</translation>
    </message>
    <message>
        <source>未解决</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>%1：期末超期 %2 件，督办升级 %3 次，待重办 %4 件。选中工单在右侧显示详情。</source>
        <translation>%1：期末超期 %2 件，督办升级 %3 次，待重办 %4 件。选中工单在右侧显示详情。</translation>
    </message>
    <message>
        <source>已取消生成周报。</source>
        <translation>已取消生成周报。</translation>
    </message>
    <message>
        <source>通报另存为</source>
        <translation>通报另存为</translation>
    </message>
    <message>
        <source>通报、部门工作单和附表已保存到 %1</source>
        <translation>通报、部门工作单和附表已保存到 %1</translation>
    </message>
    <message>
        <source>生成于 %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>已取消生成周报</source>
        <translation>已取消生成周报</translation>
    </message>
    <message>
        <source>未能生成周报：%1</source>
        <translation>未能生成周报：%1</translation>
    </message>
    <message>
        <source>找不到中文字体</source>
        <translation>找不到中文字体</translation>
    </message>
    <message>
        <source>无法生成周报</source>
        <translation>无法生成周报</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>打印周报</source>
        <translation>打印周报</translation>
    </message>
    <message>
        <source>已把 %1 页周报送往打印机</source>
        <translation>已把 %1 页周报送往打印机</translation>
    </message>
    <message>
        <source>无法开始打印：打印机不可用。</source>
        <translation>无法开始打印：打印机不可用。</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存到 %1：%2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>导出周报数字</source>
        <translation>导出周报数字</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>周报数字已导出到 %1</source>
        <translation>周报数字已导出到 %1</translation>
    </message>
    <message>
        <source>自动生成的周报保存到</source>
        <translation>自动生成的周报保存到</translation>
    </message>
    <message>
        <source>已开启每周自动生成周报</source>
        <translation>已开启每周自动生成周报</translation>
    </message>
    <message>
        <source>已关闭每周自动生成周报</source>
        <translation>已关闭每周自动生成周报</translation>
    </message>
    <message>
        <source>选择中文字体</source>
        <translation>选择中文字体</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>现办结期限</source>
        <translation>现办结期限</translation>
    </message>
    <message>
        <source>申请办结期限</source>
        <translation>申请办结期限</translation>
    </message>
    <message>
        <source>申请时间</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>为 %1（%2）设置新密码。该账户已登录的会话将失效，锁定也一并解除。</source>
        <translation>为 %1（%2）设置新密码。该账户已登录的会话将失效，锁定也一并解除。</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>至少 8 个字符</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>下次登录时须修改密码</source>
        <translation>下次登录时须修改密码</translation>
    </message>
    <message>
        <source>重置</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <source>回头看</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>回头看情况</source>
        <translation>回头看情况</translation>
    </message>
    <message>
        <source>如：现场查看，摊点未再出现</source>
        <translation>如：现场查看，摊点未再出现</translation>
    </message>
    <message>
        <source>问题是否反弹</source>
        <translation>问题是否反弹</translation>
    </message>
    <message>
        <source>问题出现反弹</source>
        <translation>问题出现反弹</translation>
    </message>
    <message>
        <source>登记回头看</source>
        <translation>登记回头看</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>如：2号楼立管接口无渗漏，水质正常</source>
        <translation>如：2号楼立管接口无渗漏，水质正常</translation>
    </message>
    <message>
        <source>问题反弹，需要重新整改（项目重新列为待回头看）</source>
        <translation>问题反弹，需要重新整改（项目重新列为待回头看）</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>请填写回头看发现的情况。</source>
        <translation>请填写回头看发现的情况。</translation>
    </message>
    <message>
        <source>请填写回头看情况。</source>
        <translation>请填写回头看情况。</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>本期没有参与排名的部门。</source>
        <translation>本期没有参与排名的部门。</translation>
    </message>
    <message>
        <source>综合得分（排名窗口）：横轴自 %1 起；线段为 95% 区间，虚线为全街道</source>
        <translation>综合得分（排名窗口）：横轴自 %1 起；线段为 95% 区间，虚线为全街道</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>办公室设置</source>
        <translation>办公室设置</translation>
    </message>
    <message>
        <source>时长单位：d 天、wd 工作日、h 小时、wh 工作小时。保存时全部检查，有一项不对则都不保存。</source>
        <translation>时长单位：d 天、wd 工作日、h 小时、wh 工作小时。保存时全部检查，有一项不对则都不保存。</translation>
    </message>
    <message>
        <source>周报和窗口标题中显示的名称</source>
        <translation>周报和窗口标题中显示的名称</translation>
    </message>
    <message>
        <source>IANA 时区名，中国大陆为 Asia/Shanghai</source>
        <translation>IANA 时区名，中国大陆为 Asia/Shanghai</translation>
    </message>
    <message>
        <source>每天的工作时段，如 09:00-12:00,13:30-17:30；留空为休息日。已派出的派单保留原期限</source>
        <translation>每天的工作时段，如 09:00-12:00,13:30-17:30；留空为休息日。已派出的派单保留原期限</translation>
    </message>
    <message>
        <source>0 到 1 之间，如 0.8：时限过去 80% 时显示黄色预警</source>
        <translation>0 到 1 之间，如 0.8：时限过去 80% 时显示黄色预警</translation>
    </message>
    <message>
        <source>到期后再过多久升级为督办，如 1wd</source>
        <translation>到期后再过多久升级为督办，如 1wd</translation>
    </message>
    <message>
        <source>到期后再过多久升级为通报，如 5wd</source>
        <translation>到期后再过多久升级为通报，如 5wd</translation>
    </message>
    <message>
        <source>挂起最长多久，超过后自动恢复计时，如 10wd</source>
        <translation>挂起最长多久，超过后自动恢复计时，如 10wd</translation>
    </message>
    <message>
        <source>部门办结后，街道在多长时间内核实，如 1wd</source>
        <translation>部门办结后，街道在多长时间内核实，如 1wd</translation>
    </message>
    <message>
        <source>核实通过后，街道在多长时间内回访，如 2wd</source>
        <translation>核实通过后，街道在多长时间内回访，如 2wd</translation>
    </message>
    <message>
        <source>结案后要回头看的分类，用逗号分隔；为空则不安排</source>
        <translation>结案后要回头看的分类，用逗号分隔；为空则不安排</translation>
    </message>
    <message>
        <source>结案后多久回头看，如 365d</source>
        <translation>结案后多久回头看，如 365d</translation>
    </message>
    <message>
        <source>计分方案：指标:权重，逗号分隔，合计为 1；指标可用 response（响应率）、resolution（解决率）、satisfaction（满意率）、acknowledge_on_time（按时报到率）、resolve_on_time（按时办结率），如 response:0.3,resolution:0.35,satisfaction:0.35</source>
        <translation>计分方案：指标:权重，逗号分隔，合计为 1；指标可用 response（响应率）、resolution（解决率）、satisfaction（满意率）、acknowledge_on_time（按时报到率）、resolve_on_time（按时办结率），如 response:0.3,resolution:0.35,satisfaction:0.35</translation>
    </message>
    <message>
        <source>排名窗口内有效回访少于此数的部门不参加排名，如 30</source>
        <translation>排名窗口内有效回访少于此数的部门不参加排名，如 30</translation>
    </message>
    <message>
        <source>排名按最近几周的数据（月报至少按整月），如 4</source>
        <translation>排名按最近几周的数据（月报至少按整月），如 4</translation>
    </message>
    <message>
        <source>满意率的置信区间整体低于此值的部门列入黑榜，0 到 1，如 0.8</source>
        <translation>满意率的置信区间整体低于此值的部门列入黑榜，0 到 1，如 0.8</translation>
    </message>
    <message>
        <source>同一地址或电话、同一分类的诉求在多少天内再次出现算重复诉求，如 30；0 为不统计</source>
        <translation>同一地址或电话、同一分类的诉求在多少天内再次出现算重复诉求，如 30；0 为不统计</translation>
    </message>
    <message>
        <source>通报事项须在成文后多久内整改反馈，如 3wd</source>
        <translation>通报事项须在成文后多久内整改反馈，如 3wd</translation>
    </message>
    <message>
        <source>受理时提示可能的重复件：未结案的工单和结案不超过这么多天的工单，如 30</source>
        <translation>受理时提示可能的重复件：未结案的工单和结案不超过这么多天的工单，如 30</translation>
    </message>
    <message>
        <source>通报的主送单位，如 各承办部门、各社区居委会</source>
        <translation>通报的主送单位，如 各承办部门、各社区居委会</translation>
    </message>
    <message>
        <source>通报的抄送单位，可为空</source>
        <translation>通报的抄送单位，可为空</translation>
    </message>
    <message>
        <source>通报的签发人，可为空（留空则打印签名横线）</source>
        <translation>通报的签发人，可为空（留空则打印签名横线）</translation>
    </message>
    <message>
        <source>“基本满意”计入满意率的比重，0 到 1，如 0.9</source>
        <translation>“基本满意”计入满意率的比重，0 到 1，如 0.9</translation>
    </message>
    <message>
        <source>连续输错几次密码后锁定账户，如 5</source>
        <translation>连续输错几次密码后锁定账户，如 5</translation>
    </message>
    <message>
        <source>本机数据库：电脑时间比最后记录的时间超前多少（工作时间）时，须有人确认后才能写入，如 1wd</source>
        <translation>本机数据库：电脑时间比最后记录的时间超前多少（工作时间）时，须有人确认后才能写入，如 1wd</translation>
    </message>
    <message>
        <source>账户锁定多久后自动解除，如 15</source>
        <translation>账户锁定多久后自动解除，如 15</translation>
    </message>
    <message>
        <source>多久没有键盘鼠标操作后锁定工作台，如 30</source>
        <translation>多久没有键盘鼠标操作后锁定工作台，如 30</translation>
    </message>
    <message>
        <source>每个附件最大多少 MB（1 到 100），如 10</source>
        <translation>每个附件最大多少 MB（1 到 100），如 10</translation>
    </message>
    <message>
        <source>照片长边超过这么多像素时缩小后保存，如 2560</source>
        <translation>照片长边超过这么多像素时缩小后保存，如 2560</translation>
    </message>
    <message>
        <source>缩略图长边的像素，如 256</source>
        <translation>缩略图长边的像素，如 256</translation>
    </message>
    <message>
        <source>储备项目优先级的评分项:权重，逗号分隔；评分项可用 tickets（工单数）、residents（反映人数）、urgency（紧急程度）、people（受益人数）、cost（人均费用）、votes（票决），如 tickets:1,residents:2,urgency:3,people:1,cost:1,votes:2</source>
        <translation>储备项目优先级的评分项:权重，逗号分隔；评分项可用 tickets（工单数）、residents（反映人数）、urgency（紧急程度）、people（受益人数）、cost（人均费用）、votes（票决），如 tickets:1,residents:2,urgency:3,people:1,cost:1,votes:2</translation>
    </message>
    <message>
        <source>项目验收合格后多少个月进行回头看（1 到 12），如 11</source>
        <translation>项目验收合格后多少个月进行回头看（1 到 12），如 11</translation>
    </message>
    <message>
        <source>办公室(&amp;O)</source>
        <translation>办公室(&amp;O)</translation>
    </message>
    <message>
        <source>时限与督办(&amp;D)</source>
        <translation>时限与督办(&amp;D)</translation>
    </message>
    <message>
        <source>周报(&amp;R)</source>
        <translation>周报(&amp;R)</translation>
    </message>
    <message>
        <source>账户安全(&amp;S)</source>
        <translation>账户安全(&amp;S)</translation>
    </message>
    <message>
        <source>附件(&amp;A)</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <source>民生工程(&amp;P)</source>
        <translation>民生工程(&amp;P)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>现有分类：%1</source>
        <translation>现有分类：%1</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>找不到中文字体</source>
        <extracomment>Printing renders the page as an image at most this fine. A message for the status bar. The preview is open (tests look at it).</extracomment>
        <translation>找不到中文字体</translation>
    </message>
    <message>
        <source>无法生成派单单</source>
        <translation>无法生成派单单</translation>
    </message>
    <message>
        <source>派单单已生成，但无法预览。</source>
        <translation>派单单已生成，但无法预览。</translation>
    </message>
    <message>
        <source>派单单 %1</source>
        <translation>派单单 %1</translation>
    </message>
    <message>
        <source>打印派单单 — %1</source>
        <translation>打印派单单 — %1</translation>
    </message>
    <message>
        <source>显示完整电话</source>
        <translation>显示完整电话</translation>
    </message>
    <message>
        <source>派单单默认隐去反映人电话的中间四位；保密工单的反映人始终不显示</source>
        <translation>派单单默认隐去反映人电话的中间四位；保密工单的反映人始终不显示</translation>
    </message>
    <message>
        <source>工单 %1 的派单单已生成，请在预览中打印</source>
        <translation>工单 %1 的派单单已生成，请在预览中打印</translation>
    </message>
</context>
<context>
    <name>StandardPanel</name>
    <message>
        <source>正在读取分类“%1”的立结案标准…</source>
        <translation>正在读取分类“%1”的立结案标准…</translation>
    </message>
    <message>
        <source>（未规定）</source>
        <translation>（未规定）</translation>
    </message>
    <message>
        <source>（沿用%1）</source>
        <translation>（沿用%1）</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>协办部门</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>立案条件</source>
        <translation>立案条件</translation>
    </message>
    <message>
        <source>结案条件</source>
        <translation>结案条件</translation>
    </message>
    <message>
        <source>办结照片</source>
        <translation>办结照片</translation>
    </message>
    <message>
        <source>须附处置后照片</source>
        <translation>须附处置后照片</translation>
    </message>
    <message>
        <source>立结案标准</source>
        <translation>立结案标准</translation>
    </message>
    <message>
        <source>无法读取立结案标准：%1</source>
        <translation>无法读取立结案标准：%1</translation>
    </message>
</context>
<context>
    <name>StandardsWindow</name>
    <message>
        <source>大类</source>
        <translation>大类</translation>
    </message>
    <message>
        <source>小类</source>
        <translation>小类</translation>
    </message>
    <message>
        <source>细类</source>
        <translation>细类</translation>
    </message>
    <message>
        <source>立结案标准</source>
        <extracomment>The node&apos;s inherited standard arrived (the editor&apos;s placeholders are filled).</extracomment>
        <translation>立结案标准</translation>
    </message>
    <message>
        <source>三级分类（大类 → 小类 → 细类）及其主办、协办部门、立案条件、结案条件和时限。留空的项沿用上级分类；时限留空沿用上级，最上层沿用紧急程度的默认时限。</source>
        <translation>三级分类（大类 → 小类 → 细类）及其主办、协办部门、立案条件、结案条件和时限。留空的项沿用上级分类；时限留空沿用上级，最上层沿用紧急程度的默认时限。</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>请在左侧选择一个分类</source>
        <translation>请在左侧选择一个分类</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>协办部门</translation>
    </message>
    <message>
        <source>立案条件</source>
        <translation>立案条件</translation>
    </message>
    <message>
        <source>结案条件</source>
        <translation>结案条件</translation>
    </message>
    <message>
        <source>是：须附处置后照片</source>
        <translation>是：须附处置后照片</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>办结照片</source>
        <translation>办结照片</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>特急</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>如 30m、4h、2d（自然时）或 2wh、3wd（工作时）；一个紧急程度的三项都填或都留空。</source>
        <translation>如 30m、4h、2d（自然时）或 2wh、3wd（工作时）；一个紧急程度的三项都填或都留空。</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>新增大类…</source>
        <translation>新增大类…</translation>
    </message>
    <message>
        <source>新增下级(&amp;A)…</source>
        <translation>新增下级(&amp;A)…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>导入 Excel…</source>
        <translation>导入 Excel…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>沿用上级：%1</source>
        <translation>沿用上级：%1</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>（沿用上级）</source>
        <translation>（沿用上级）</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>（沿用上级：%1）</source>
        <translation>（沿用上级：%1）</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>不勾选则沿用上级：%1</source>
        <translation>不勾选则沿用上级：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>不勾选则没有预设的协办部门</source>
        <translation>不勾选则没有预设的协办部门</translation>
    </message>
    <message>
        <source>留空沿用上级：%1</source>
        <translation>留空沿用上级：%1</translation>
    </message>
    <message>
        <source>须附</source>
        <translation>须附</translation>
    </message>
    <message>
        <source>不要求</source>
        <translation>不要求</translation>
    </message>
    <message>
        <source>已保存“%1”的立结案标准。</source>
        <translation>已保存“%1”的立结案标准。</translation>
    </message>
    <message>
        <source>已新增“%1”。</source>
        <translation>已新增“%1”。</translation>
    </message>
    <message>
        <source>停用分类</source>
        <translation>停用分类</translation>
    </message>
    <message>
        <source>停用“%1”将同时停用它的全部下级分类。已有工单保留原分类。继续吗？</source>
        <translation>停用“%1”将同时停用它的全部下级分类。已有工单保留原分类。继续吗？</translation>
    </message>
    <message>
        <source>已启用“%1”。</source>
        <translation>已启用“%1”。</translation>
    </message>
    <message>
        <source>已停用“%1”。</source>
        <translation>已停用“%1”。</translation>
    </message>
    <message>
        <source>导出立结案标准</source>
        <translation>导出立结案标准</translation>
    </message>
    <message>
        <source>立结案标准.xlsx</source>
        <translation>立结案标准.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>导入立结案标准</source>
        <translation>导入立结案标准</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx *.xls)</source>
        <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>……共 %1 行有误</source>
        <translation>……共 %1 行有误</translation>
    </message>
    <message>
        <source>有 %1 行不符合要求，未导入任何内容。请修改后重新导入：</source>
        <translation>有 %1 行不符合要求，未导入任何内容。请修改后重新导入：</translation>
    </message>
    <message>
        <source>已导入 %1 行：新增 %2，更新 %3，未变 %4。</source>
        <translation>已导入 %1 行：新增 %2，更新 %3，未变 %4。</translation>
    </message>
</context>
<context>
    <name>SummonsPage</name>
    <message>
        <source>项目节点</source>
        <translation>项目节点</translation>
    </message>
    <message>
        <source>本部门被召集参加的民生工程项目节点：先报到，再按计划完成。主办节点完成时可附照片或文件。</source>
        <translation>本部门被召集参加的民生工程项目节点：先报到，再按计划完成。主办节点完成时可附照片或文件。</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>完成节点…</source>
        <translation>完成节点…</translation>
    </message>
    <message>
        <source>显示已完成</source>
        <translation>显示已完成</translation>
    </message>
    <message>
        <source>本部门暂无待办的项目节点。</source>
        <translation>本部门暂无待办的项目节点。</translation>
    </message>
    <message>
        <source>只有主办部门可以完成节点</source>
        <translation>只有主办部门可以完成节点</translation>
    </message>
    <message>
        <source>已为节点“%1”报到</source>
        <translation>已为节点“%1”报到</translation>
    </message>
    <message>
        <source>节点“%1”已完成</source>
        <translation>节点“%1”已完成</translation>
    </message>
</context>
<context>
    <name>SupervisionPages</name>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2 项</source>
        <translation>%1 %2 项</translation>
    </message>
    <message>
        <source>%1（%2）%3超时</source>
        <translation>%1（%2）%3超时</translation>
    </message>
    <message>
        <source>超时升级</source>
        <translation>超时升级</translation>
    </message>
    <message>
        <source>新增%1，如 %2</source>
        <translation>新增%1，如 %2</translation>
    </message>
    <message>
        <source>催办</source>
        <extracomment>{nav key: unhandled count}, {nav key: tooltip}. A page&apos;s highlighted row: (the page, its ticket number or &quot;&quot;, its dispatch id or 0). An action on a page went through (a status message): everything should refresh. Escalations newer than any seen before (not at the first load). A message for the status bar (a load failed). The navigation&apos;s names of the pages.</extracomment>
        <translation>催办</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>待处理 %1 项，共 %2 项</source>
        <extracomment>nav key -&gt; page Newest escalation id seen, for &quot;something escalated&quot; notices (None until the first load).</extracomment>
        <translation>待处理 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>SurveyResponseDialog</name>
    <message>
        <source>录入测评答卷</source>
        <translation>录入测评答卷</translation>
    </message>
    <message>
        <source>居民满意度测评：每份答卷须回答全部题目。</source>
        <translation>居民满意度测评：每份答卷须回答全部题目。</translation>
    </message>
    <message>
        <source>受访人</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>如：3号楼住户、居民代表</source>
        <translation>如：3号楼住户、居民代表</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>录入</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>请填写受访人。</source>
        <translation>请填写受访人。</translation>
    </message>
    <message>
        <source>请选择答案。</source>
        <translation>请选择答案。</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>新建工单</source>
        <extracomment>The actions, in toolbar order. &quot;verify&quot; covers 核实 and 回访 (verify / record_callback). Actions that apply to the dispatch selected in the detail pane (resume acts on a suspended dispatch). The toolbar&apos;s groups (a separator between two). Detail of the wanted ticket arrived (or None). A message for the status bar. Something changed (an action went through, a repeat was linked, an attachment added): views refresh. A new ticket was accepted: the queue highlights it (in 待派 if not in the queue on screen). Someone else changed this ticket first: the queue reads it again and stays with it. The id of the ticket the detail pane and the toolbar are about, once known (None: no ticket). What the page on screen has highlighted: a ticket id (the table), a number (a supervision page&apos;s row) or None. The detail pane shows it and the toolbar acts on it, never on anything else.</extracomment>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>吹哨派单</source>
        <translation>吹哨派单</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>申请退单</source>
        <translation>申请退单</translation>
    </message>
    <message>
        <source>审核退单</source>
        <translation>审核退单</translation>
    </message>
    <message>
        <source>撤回派单</source>
        <translation>撤回派单</translation>
    </message>
    <message>
        <source>核实/回访</source>
        <translation>核实/回访</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>重办</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>申请挂起</source>
        <translation>申请挂起</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>受理一张新工单</source>
        <translation>受理一张新工单</translation>
    </message>
    <message>
        <source>修改所选工单的内容</source>
        <translation>修改所选工单的内容</translation>
    </message>
    <message>
        <source>召集主办和协办部门</source>
        <translation>召集主办和协办部门</translation>
    </message>
    <message>
        <source>本部门报到，表示已接单</source>
        <translation>本部门报到，表示已接单</translation>
    </message>
    <message>
        <source>登记响应情况（联系反映人或到场）</source>
        <translation>登记响应情况（联系反映人或到场）</translation>
    </message>
    <message>
        <source>登记办结情况</source>
        <translation>登记办结情况</translation>
    </message>
    <message>
        <source>不属于本部门职责时申请退单</source>
        <translation>不属于本部门职责时申请退单</translation>
    </message>
    <message>
        <source>同意或驳回退单申请</source>
        <translation>同意或驳回退单申请</translation>
    </message>
    <message>
        <source>撤回所选派单</source>
        <translation>撤回所选派单</translation>
    </message>
    <message>
        <source>核实办理结果并登记回访</source>
        <translation>核实办理结果并登记回访</translation>
    </message>
    <message>
        <source>回访后结案</source>
        <translation>回访后结案</translation>
    </message>
    <message>
        <source>结果不满意时重新办理</source>
        <translation>结果不满意时重新办理</translation>
    </message>
    <message>
        <source>撤销工单</source>
        <translation>撤销工单</translation>
    </message>
    <message>
        <source>不能按期办结时申请延长办结期限</source>
        <translation>不能按期办结时申请延长办结期限</translation>
    </message>
    <message>
        <source>等待居民或天气等原因申请暂停计时</source>
        <translation>等待居民或天气等原因申请暂停计时</translation>
    </message>
    <message>
        <source>结束挂起，恢复计时</source>
        <translation>结束挂起，恢复计时</translation>
    </message>
    <message>
        <source>登记结案后的回头看情况</source>
        <translation>登记结案后的回头看情况</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <extracomment>Each action&apos;s tooltip and status tip when nothing is in the way (a merged child&apos;s say why not).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>打印派单单…</source>
        <extracomment>打印派单单 of the ticket shown (every role: a department signs for its slip).</extracomment>
        <translation>打印派单单…</translation>
    </message>
    <message>
        <source>打印所选工单的派单单（一页 A4，含各部门时限和签收栏）（Ctrl+P）</source>
        <translation>打印所选工单的派单单（一页 A4，含各部门时限和签收栏）（Ctrl+P）</translation>
    </message>
    <message>
        <source>打印所选工单的派单单</source>
        <translation>打印所选工单的派单单</translation>
    </message>
    <message>
        <source>待分类：请先编辑工单、选定分类，再吹哨派单</source>
        <translation>待分类：请先编辑工单、选定分类，再吹哨派单</translation>
    </message>
    <message>
        <source>已受理新工单 %1</source>
        <translation>已受理新工单 %1</translation>
    </message>
    <message>
        <source>工单 %1 已保存</source>
        <translation>工单 %1 已保存</translation>
    </message>
    <message>
        <source>工单 %1 已派单</source>
        <translation>工单 %1 已派单</translation>
    </message>
    <message>
        <source>工单 %1：%2已报到</source>
        <translation>工单 %1：%2已报到</translation>
    </message>
    <message>
        <source>工单 %1：%2已响应</source>
        <translation>工单 %1：%2已响应</translation>
    </message>
    <message>
        <source>工单 %1：%2已办结</source>
        <translation>工单 %1：%2已办结</translation>
    </message>
    <message>
        <source>工单 %1：%2已申请退单</source>
        <translation>工单 %1：%2已申请退单</translation>
    </message>
    <message>
        <source>工单 %1：%2的退单申请已审核</source>
        <translation>工单 %1：%2的退单申请已审核</translation>
    </message>
    <message>
        <source>工单 %1：已撤回%2的派单</source>
        <translation>工单 %1：已撤回%2的派单</translation>
    </message>
    <message>
        <source>工单 %1 已核实/回访</source>
        <translation>工单 %1 已核实/回访</translation>
    </message>
    <message>
        <source>工单 %1 已结案</source>
        <translation>工单 %1 已结案</translation>
    </message>
    <message>
        <source>工单 %1 已重办</source>
        <translation>工单 %1 已重办</translation>
    </message>
    <message>
        <source>工单 %1 已撤销</source>
        <translation>工单 %1 已撤销</translation>
    </message>
    <message>
        <source>工单 %1：%2已申请延期，等待审批</source>
        <translation>工单 %1：%2已申请延期，等待审批</translation>
    </message>
    <message>
        <source>工单 %1：%2已申请挂起，等待审批</source>
        <translation>工单 %1：%2已申请挂起，等待审批</translation>
    </message>
    <message>
        <source>工单 %1：%2已恢复计时</source>
        <translation>工单 %1：%2已恢复计时</translation>
    </message>
    <message>
        <source>工单 %1 已登记回头看</source>
        <translation>工单 %1 已登记回头看</translation>
    </message>
    <message>
        <source>工单 %1 已回访并结案</source>
        <translation>工单 %1 已回访并结案</translation>
    </message>
    <message>
        <source>工单 %1 已登记回访，但未能结案：%2</source>
        <translation>工单 %1 已登记回访，但未能结案：%2</translation>
    </message>
    <message>
        <source>工单 %1 已核实</source>
        <translation>工单 %1 已核实</translation>
    </message>
    <message>
        <source>工单 %1 核实未通过，已退回重办</source>
        <translation>工单 %1 核实未通过，已退回重办</translation>
    </message>
    <message>
        <source>工单 %1：已同意%2退单</source>
        <translation>工单 %1：已同意%2退单</translation>
    </message>
    <message>
        <source>工单 %1：已驳回%2的退单申请</source>
        <translation>工单 %1：已驳回%2的退单申请</translation>
    </message>
    <message>
        <source>%1。注意：%2 的办结时限晚于 12345 承诺完成时间 %3</source>
        <translation>%1。注意：%2 的办结时限晚于 12345 承诺完成时间 %3</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>正在生成工单 %1 的派单单…</source>
        <translation>正在生成工单 %1 的派单单…</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>新建工单</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>编辑工单</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>工单 %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>诉求类型</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>12345工单号</source>
        <translation>12345工单号</translation>
    </message>
    <message>
        <source>来自 12345 热线的工单填写其编号，可不填</source>
        <translation>来自 12345 热线的工单填写其编号，可不填</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>输入可筛选，从列表中选择</source>
        <translation>输入可筛选，从列表中选择</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>手机号或固定电话，可不填</source>
        <translation>手机号或固定电话，可不填</translation>
    </message>
    <message>
        <source>回复方式</source>
        <translation>回复方式</translation>
    </message>
    <message>
        <source>保密</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>反映人要求保密（姓名和电话只有受理员、督办员能看到）</source>
        <translation>反映人要求保密（姓名和电话只有受理员、督办员能看到）</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>在地图上标注…</source>
        <translation>在地图上标注…</translation>
    </message>
    <message>
        <source>在社区地图上单击问题所在的位置，或输入坐标；没有位置的工单只计入社区</source>
        <translation>在社区地图上单击问题所在的位置，或输入坐标；没有位置的工单只计入社区</translation>
    </message>
    <message>
        <source>清除位置</source>
        <translation>清除位置</translation>
    </message>
    <message>
        <source>未标注（只计入社区）</source>
        <translation>未标注（只计入社区）</translation>
    </message>
    <message>
        <source>经度 %1，纬度 %2</source>
        <translation>经度 %1，纬度 %2</translation>
    </message>
    <message>
        <source>工单“%1”的位置</source>
        <translation>工单“%1”的位置</translation>
    </message>
    <message>
        <source>新工单</source>
        <translation>新工单</translation>
    </message>
    <message>
        <source>保密工单的反映人信息只有受理员、督办员能看到和修改</source>
        <translation>保密工单的反映人信息只有受理员、督办员能看到和修改</translation>
    </message>
    <message>
        <source>工单 %1（已载入 %2 的修改）</source>
        <translation>工单 %1（已载入 %2 的修改）</translation>
    </message>
    <message>
        <source>已载入最新内容；您改动过的内容仍保留。</source>
        <translation>已载入最新内容；您改动过的内容仍保留。</translation>
    </message>
    <message>
        <source>以下内容对方也改过，请核对：%1。</source>
        <translation>以下内容对方也改过，请核对：%1。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>核对后可再次保存。</source>
        <translation>核对后可再次保存。</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>编号</source>
        <extracomment>attribute of TicketSummary the façade&apos;s sort key, or None when the column cannot be sorted The direction a column sorts in when its header is first clicked: the most pressing or newest first.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>本部门状态</source>
        <translation>本部门状态</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>诉求类型</source>
        <translation>诉求类型</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>动作</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>担任%1</source>
        <translation>担任%1</translation>
    </message>
    <message>
        <source>同意退单</source>
        <translation>同意退单</translation>
    </message>
    <message>
        <source>驳回退单</source>
        <translation>驳回退单</translation>
    </message>
    <message>
        <source>联系到：%1</source>
        <translation>联系到：%1</translation>
    </message>
    <message>
        <source>已解决：%1</source>
        <translation>已解决：%1</translation>
    </message>
    <message>
        <source>满意度：%1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <source>承办部门联系过：%1</source>
        <translation>承办部门联系过：%1</translation>
    </message>
    <message>
        <source>未询问</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>修改了%1</source>
        <translation>修改了%1</translation>
    </message>
    <message>
        <source>%1超时，升级为%2</source>
        <translation>%1超时，升级为%2</translation>
    </message>
    <message>
        <source>%1（%2超时）：%3</source>
        <translation>%1（%2超时）：%3</translation>
    </message>
    <message>
        <source>%1期限改为 %2</source>
        <translation>%1期限改为 %2</translation>
    </message>
    <message>
        <source>改派给%1</source>
        <translation>改派给%1</translation>
    </message>
    <message>
        <source>同意%1申请</source>
        <translation>同意%1申请</translation>
    </message>
    <message>
        <source>驳回%1申请</source>
        <translation>驳回%1申请</translation>
    </message>
    <message>
        <source>办结期限改为 %1</source>
        <translation>办结期限改为 %1</translation>
    </message>
    <message>
        <source>%1申请未审核即关闭</source>
        <translation>%1申请未审核即关闭</translation>
    </message>
    <message>
        <source>申请办结期限延至 %1</source>
        <translation>申请办结期限延至 %1</translation>
    </message>
    <message>
        <source>办结期限顺延至 %1</source>
        <translation>办结期限顺延至 %1</translation>
    </message>
    <message>
        <source>问题反弹：%1</source>
        <translation>问题反弹：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>连续输错</source>
        <translation>连续输错</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>自上次成功登录以来连续输错密码 %1 次</source>
        <translation>自上次成功登录以来连续输错密码 %1 次</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <source>用户管理</source>
        <extracomment>The accounts (and departments) arrived. An account was changed: a message for the status bar.</extracomment>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>筛选用户名、姓名或部门</source>
        <translation>筛选用户名、姓名或部门</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>新建用户…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>开设新账户</source>
        <translation>开设新账户</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>为忘记密码的用户设置临时密码</source>
        <translation>为忘记密码的用户设置临时密码</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>停用或重新启用所选账户</source>
        <translation>停用或重新启用所选账户</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>解除因多次输错密码造成的锁定</source>
        <translation>解除因多次输错密码造成的锁定</translation>
    </message>
    <message>
        <source>更改角色…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>更改所选账户的角色和部门</source>
        <translation>更改所选账户的角色和部门</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>重新读取用户列表</source>
        <translation>重新读取用户列表</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>共 %1 个账户</source>
        <translation>共 %1 个账户</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>已新建用户 %1</source>
        <translation>已新建用户 %1</translation>
    </message>
    <message>
        <source>已为 %1 重置密码，下次登录时须修改密码</source>
        <translation>已为 %1 重置密码，下次登录时须修改密码</translation>
    </message>
    <message>
        <source>已为 %1 重置密码</source>
        <translation>已为 %1 重置密码</translation>
    </message>
    <message>
        <source>已将 %1 的角色改为%2</source>
        <translation>已将 %1 的角色改为%2</translation>
    </message>
    <message>
        <source>停用账户</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>停用 %1（%2）？
停用后该账户不能再登录，已登录的会话立即失效；工单记录保留。</source>
        <translation>停用 %1（%2）？
停用后该账户不能再登录，已登录的会话立即失效；工单记录保留。</translation>
    </message>
    <message>
        <source>启用账户</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>重新启用 %1（%2）？启用后该账户可以用原密码登录。</source>
        <translation>重新启用 %1（%2）？启用后该账户可以用原密码登录。</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>已启用 %1</source>
        <translation>已启用 %1</translation>
    </message>
    <message>
        <source>已停用 %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>已解除 %1 的锁定</source>
        <translation>已解除 %1 的锁定</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>核实 / 回访</source>
        <translation>核实 / 回访</translation>
    </message>
    <message>
        <source>核实</source>
        <extracomment>Set when verification succeeded but the callback did not: a retry records only the callback.</extracomment>
        <translation>核实</translation>
    </message>
    <message>
        <source>办理到位，核实通过</source>
        <translation>办理到位，核实通过</translation>
    </message>
    <message>
        <source>未办理到位，退回重办</source>
        <translation>未办理到位，退回重办</translation>
    </message>
    <message>
        <source>核实结果</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>未通过时必须说明理由</source>
        <translation>未通过时必须说明理由</translation>
    </message>
    <message>
        <source>核实说明</source>
        <translation>核实说明</translation>
    </message>
    <message>
        <source>同时登记回访结果</source>
        <translation>同时登记回访结果</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>已联系到反映人</source>
        <translation>已联系到反映人</translation>
    </message>
    <message>
        <source>联系情况</source>
        <translation>联系情况</translation>
    </message>
    <message>
        <source>问题已解决</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>问题未解决</source>
        <translation>问题未解决</translation>
    </message>
    <message>
        <source>解决情况</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>未询问</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>问反映人：承办部门（工作人员）是否联系过您？</source>
        <translation>问反映人：承办部门（工作人员）是否联系过您？</translation>
    </message>
    <message>
        <source>承办部门联系过您吗</source>
        <translation>承办部门联系过您吗</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>回访后即结案</source>
        <extracomment>结案 in the same step (a ticket whose callback is recorded does not linger as 待回访); offered while the ticket waits for verification or a callback, checked when the resident was reached.</extracomment>
        <translation>回访后即结案</translation>
    </message>
    <message>
        <source>不满意需重办的，取消勾选，回访后再选择“重办”</source>
        <translation>不满意需重办的，取消勾选，回访后再选择“重办”</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>提交</source>
        <extracomment>Set by the call: whether 结案 went through, or why not (the callback was recorded all the same).</extracomment>
        <translation>提交</translation>
    </message>
    <message>
        <source>核实未通过时请说明理由。</source>
        <translation>核实未通过时请说明理由。</translation>
    </message>
    <message>
        <source>核实（已通过）</source>
        <translation>核实（已通过）</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>记录票决</source>
        <translation>记录票决</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>如：幸福社区居民议事会</source>
        <translation>如：幸福社区居民议事会</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>投票人（姓名或身份，如“3号楼代表”），用顿号或逗号分隔</source>
        <translation>投票人（姓名或身份，如“3号楼代表”），用顿号或逗号分隔</translation>
    </message>
    <message>
        <source>投票</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>共 %1 票：</source>
        <translation>共 %1 票：</translation>
    </message>
    <message>
        <source>请至少录入一票。</source>
        <translation>请至少录入一票。</translation>
    </message>
</context>
<context>
    <name>WhistleDialog</name>
    <message>
        <source>吹哨派单</source>
        <translation>吹哨派单</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>不更换（现主办：%1）</source>
        <translation>不更换（现主办：%1）</translation>
    </message>
    <message>
        <source>请选择主办部门</source>
        <translation>请选择主办部门</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>协办部门</translation>
    </message>
    <message>
        <source>%1（正在办理）</source>
        <translation>%1（正在办理）</translation>
    </message>
    <message>
        <source>派单说明</source>
        <translation>派单说明</translation>
    </message>
    <message>
        <source>可写明处置要求，各部门都能看到</source>
        <translation>可写明处置要求，各部门都能看到</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>12345 承诺完成时间 %1</source>
        <translation>12345 承诺完成时间 %1</translation>
    </message>
    <message>
        <source>注意：按分类“%1”的办结时限，本次派单将于 %2 到期，晚于 12345 承诺完成时间 %3。请在派单说明中写明须在承诺时间前办结，或与部门商定。</source>
        <translation>注意：按分类“%1”的办结时限，本次派单将于 %2 到期，晚于 12345 承诺完成时间 %3。请在派单说明中写明须在承诺时间前办结，或与部门商定。</translation>
    </message>
    <message>
        <source>12345 承诺完成时间 %1；本次派单将于 %2 到期，在承诺时间之前。</source>
        <translation>12345 承诺完成时间 %1；本次派单将于 %2 到期，在承诺时间之前。</translation>
    </message>
    <message>
        <source>已载入最新内容；派单对象没有变化，可以再次派单。</source>
        <translation>已载入最新内容；派单对象没有变化，可以再次派单。</translation>
    </message>
    <message>
        <source>该工单的派单情况已有变化，请关闭本窗口，查看详情后重新派单。</source>
        <translation>该工单的派单情况已有变化，请关闭本窗口，查看详情后重新派单。</translation>
    </message>
    <message>
        <source>请指定主办部门。</source>
        <translation>请指定主办部门。</translation>
    </message>
    <message>
        <source>该工单已有主办部门，请至少选择一个协办部门。</source>
        <translation>该工单已有主办部门，请至少选择一个协办部门。</translation>
    </message>
</context>
<context>
    <name>WorkWeekEdit</name>
    <message>
        <source>休息</source>
        <extracomment>The tabs of 办公室设置 and the settings on each (every key of desk.settings.SETTINGS).</extracomment>
        <translation>休息</translation>
    </message>
    <message>
        <source>周%1</source>
        <translation>周%1</translation>
    </message>
</context>
<context>
    <name>_MoneyDialog</name>
    <message>
        <source>请填写金额（单位万元），如 120 或 85.5。</source>
        <translation>请填写金额（单位万元），如 120 或 85.5。</translation>
    </message>
    <message>
        <source>请填写数字（单位万元），如 120 或 85.5。</source>
        <translation>请填写数字（单位万元），如 120 或 85.5。</translation>
    </message>
    <message>
        <source>金额最多精确到分（万元后六位小数）。</source>
        <translation>金额最多精确到分（万元后六位小数）。</translation>
    </message>
    <message>
        <source>金额不能为负数。</source>
        <translation>金额不能为负数。</translation>
    </message>
</context>
<context>
    <name>_ProjectForm</name>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>如：幸福里老旧供水管网改造</source>
        <translation>如：幸福里老旧供水管网改造</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>可不填；输入可筛选</source>
        <translation>可不填；输入可筛选</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>安全底线</source>
        <translation>安全底线</translation>
    </message>
    <message>
        <source>涉及安全底线（燃气、消防、房屋安全等）：排在所有项目之前</source>
        <translation>涉及安全底线（燃气、消防、房屋安全等）：排在所有项目之前</translation>
    </message>
    <message>
        <source>受益人数</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>估算费用（万元）</source>
        <translation>估算费用（万元）</translation>
    </message>
    <message>
        <source>可不填，如 120 或 85.5</source>
        <translation>可不填，如 120 或 85.5</translation>
    </message>
    <message>
        <source>项目说明</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>要解决的问题、建设内容、范围</source>
        <translation>要解决的问题、建设内容、范围</translation>
    </message>
    <message>
        <source>请填写数字（单位万元），如 120 或 85.5。</source>
        <translation>请填写数字（单位万元），如 120 或 85.5。</translation>
    </message>
    <message>
        <source>估算费用最多精确到分（万元后六位小数）。</source>
        <translation>估算费用最多精确到分（万元后六位小数）。</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>SQLite（仅本机）</source>
        <translation>SQLite（仅本机）</translation>
    </message>
    <message>
        <source>PostgreSQL（共享服务器）</source>
        <translation>PostgreSQL（共享服务器）</translation>
    </message>
    <message>
        <source>已建立</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>未建立，搜索会逐条查找、较慢（%1）</source>
        <translation>未建立，搜索会逐条查找、较慢（%1）</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>操作系统</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>安装方式</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <source>安装包</source>
        <translation>安装包</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>数据库位置</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>搜索索引</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>关于吹哨报到工作台…</source>
        <translation>关于吹哨报到工作台…</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>出现问题时，可把其中的 whistle-desk.log 发给管理员</source>
        <translation>出现问题时，可把其中的 whistle-desk.log 发给管理员</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>锁定至 %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>须改密码</source>
        <translation>须改密码</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>（请选择部门）</source>
        <translation>（请选择部门）</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>部门联络员必须属于一个部门；其他角色不属于部门</source>
        <translation>部门联络员必须属于一个部门；其他角色不属于部门</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>节假日</source>
        <extracomment>What kind of day a calendar cell is: holiday | makeup | weekend | working (None outside the month). day kind -&gt; (background, text)</extracomment>
        <translation>节假日</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>一</source>
        <translation>一</translation>
    </message>
    <message>
        <source>二</source>
        <translation>二</translation>
    </message>
    <message>
        <source>三</source>
        <translation>三</translation>
    </message>
    <message>
        <source>四</source>
        <translation>四</translation>
    </message>
    <message>
        <source>五</source>
        <translation>五</translation>
    </message>
    <message>
        <source>六</source>
        <translation>六</translation>
    </message>
    <message>
        <source>日</source>
        <translation>日</translation>
    </message>
    <message>
        <source>%1分钟</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1小时</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1工作分钟</source>
        <translation>%1工作分钟</translation>
    </message>
    <message>
        <source>%1工作小时</source>
        <translation>%1工作小时</translation>
    </message>
    <message>
        <source>%1个工作日</source>
        <translation>%1个工作日</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>当前的 PySide6 6.12.0 在 Python 3.11 上会导致程序崩溃。请安装 PySide6 6.11 版本，或改用 Python 3.12 及以上版本。</source>
        <extracomment>Every installed translator: a QTranslator that is garbage-collected silently stops translating.</extracomment>
        <translation>当前的 PySide6 6.12.0 在 Python 3.11 上会导致程序崩溃。请安装 PySide6 6.11 版本，或改用 Python 3.12 及以上版本。</translation>
    </message>
    <message>
        <source>吹哨报到工作台</source>
        <extracomment>QSettings key of the user&apos;s choice: &quot;zh_CN&quot;, &quot;en&quot; or &quot;system&quot;. Environment variable that decides the language when nothing was chosen in the menu (&quot;zh_CN&quot; or &quot;en&quot;). Every translator installed by :func:`install_language` (references keep them alive). The language installed last (None before the first install). The lupdate context of the core&apos;s messages (see tools/update_translations.py).</extracomment>
        <translation>吹哨报到工作台</translation>
    </message>
    <message>
        <source>打开数据库时发生意外错误，详细信息已写入日志。请检查数据库地址或联系管理员。</source>
        <translation>打开数据库时发生意外错误，详细信息已写入日志。请检查数据库地址或联系管理员。</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>运行环境有问题</source>
        <extracomment>The forced password change after logging in with a password an administrator set.</extracomment>
        <translation>运行环境有问题</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>工单</source>
        <extracomment>The dispatch states in which a responder may still attach (the core&apos;s rule; the menu only reflects it).</extracomment>
        <translation>工单</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>处置前</source>
        <translation>处置前</translation>
    </message>
    <message>
        <source>处置后</source>
        <translation>处置后</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>工单 · 受理（反映人提供的照片）</source>
        <extracomment>A place to attach to: (label, dispatch id or None, step, kind).</extracomment>
        <translation>工单 · 受理（反映人提供的照片）</translation>
    </message>
    <message>
        <source>%1 · 办结 · 处置后</source>
        <translation>%1 · 办结 · 处置后</translation>
    </message>
    <message>
        <source>%1 · 办结 · 处置前</source>
        <translation>%1 · 办结 · 处置前</translation>
    </message>
    <message>
        <source>%1 · 响应（现场）</source>
        <translation>%1 · 响应（现场）</translation>
    </message>
    <message>
        <source>附照片…</source>
        <translation>附照片…</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>处置后照片，随办结一并提交</source>
        <translation>处置后照片，随办结一并提交</translation>
    </message>
    <message>
        <source>附处置后照片</source>
        <translation>附处置后照片</translation>
    </message>
    <message>
        <source>照片和 PDF (%1)</source>
        <translation>照片和 PDF (%1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>将随办结附上：%1</source>
        <translation>将随办结附上：%1</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>auditlog</name>
    <message>
        <source>登录</source>
        <extracomment>Kinds shown in red in the table: an attempt that failed or a lock. Fields whose values are durations (1wd, 2h …). Fields shown before the others (the rest keep their stored, alphabetical order).</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>解锁屏幕</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>解锁失败</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>修改密码失败</source>
        <translation>修改密码失败</translation>
    </message>
    <message>
        <source>创建首个管理员</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>启用用户</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>修改角色和部门</source>
        <translation>修改角色和部门</translation>
    </message>
    <message>
        <source>新增部门</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>部门改名</source>
        <translation>部门改名</translation>
    </message>
    <message>
        <source>停用部门</source>
        <translation>停用部门</translation>
    </message>
    <message>
        <source>启用部门</source>
        <translation>启用部门</translation>
    </message>
    <message>
        <source>新增分类</source>
        <translation>新增分类</translation>
    </message>
    <message>
        <source>分类改名</source>
        <translation>分类改名</translation>
    </message>
    <message>
        <source>设置默认主办部门</source>
        <translation>设置默认主办部门</translation>
    </message>
    <message>
        <source>停用分类</source>
        <translation>停用分类</translation>
    </message>
    <message>
        <source>启用分类</source>
        <translation>启用分类</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>修改时限标准</source>
        <translation>修改时限标准</translation>
    </message>
    <message>
        <source>修改日历</source>
        <translation>修改日历</translation>
    </message>
    <message>
        <source>导入日历</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>载入法定节假日</source>
        <translation>载入法定节假日</translation>
    </message>
    <message>
        <source>确认本机时间</source>
        <translation>确认本机时间</translation>
    </message>
    <message>
        <source>新增社区</source>
        <translation>新增社区</translation>
    </message>
    <message>
        <source>社区改名</source>
        <translation>社区改名</translation>
    </message>
    <message>
        <source>停用社区</source>
        <translation>停用社区</translation>
    </message>
    <message>
        <source>启用社区</source>
        <translation>启用社区</translation>
    </message>
    <message>
        <source>导入 12345 工单</source>
        <translation>导入 12345 工单</translation>
    </message>
    <message>
        <source>修改导入列名</source>
        <translation>修改导入列名</translation>
    </message>
    <message>
        <source>修改列映射</source>
        <translation>修改列映射</translation>
    </message>
    <message>
        <source>修改分类映射</source>
        <translation>修改分类映射</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>连续密码错误次数</source>
        <translation>连续密码错误次数</translation>
    </message>
    <message>
        <source>锁定至</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>须修改密码</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>默认主办部门</source>
        <translation>默认主办部门</translation>
    </message>
    <message>
        <source>涉及工单数</source>
        <translation>涉及工单数</translation>
    </message>
    <message>
        <source>日期类型</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>日期数</source>
        <translation>日期数</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>新增日期数</source>
        <translation>新增日期数</translation>
    </message>
    <message>
        <source>报到时限</source>
        <translation>报到时限</translation>
    </message>
    <message>
        <source>响应时限</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>办结时限</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>密码错误</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>用户名不存在</source>
        <translation>用户名不存在</translation>
    </message>
    <message>
        <source>账户已锁定</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>账户已停用</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>事件被修改</source>
        <translation>事件被修改</translation>
    </message>
    <message>
        <source>事件被删除</source>
        <translation>事件被删除</translation>
    </message>
    <message>
        <source>事件被插入</source>
        <translation>事件被插入</translation>
    </message>
    <message>
        <source>事件被重新编号</source>
        <translation>事件被重新编号</translation>
    </message>
    <message>
        <source>链尾记录缺失</source>
        <translation>链尾记录缺失</translation>
    </message>
    <message>
        <source>只追加触发器缺失</source>
        <translation>只追加触发器缺失</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>工作日历：%1</source>
        <translation>工作日历：%1</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>时限标准：%1 · %2</source>
        <translation>时限标准：%1 · %2</translation>
    </message>
    <message>
        <source>设置：%1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <source>用户：%1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>部门：%1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>分类：%1</source>
        <translation>分类：%1</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>正常</source>
        <extracomment>level -&gt; (background, text): dark text on a light tint, legible on white and on a selected row.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>已挂起</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>剩 %1</source>
        <translation>剩 %1</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>超期 %1</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <source>不足 1 分钟</source>
        <translation>不足 1 分钟</translation>
    </message>
    <message>
        <source>%1 个工作日</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 %2 小时</source>
        <translation>%1 %2 小时</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 小时 %2 分</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>时限颜色：绿色 正常；黄色 预警（时限已过 %1%）；红色 超期；灰色 已挂起（暂停计时）。特急等按自然时间计的时限显示钟点，其余按工作日和工作小时计。</source>
        <translation>时限颜色：绿色 正常；黄色 预警（时限已过 %1%）；红色 超期；灰色 已挂起（暂停计时）。特急等按自然时间计的时限显示钟点，其余按工作日和工作小时计。</translation>
    </message>
    <message>
        <source>按工作日和工作小时计（节假日和非工作时间不计）</source>
        <translation>按工作日和工作小时计（节假日和非工作时间不计）</translation>
    </message>
    <message>
        <source>按自然时间计（含夜间和节假日）</source>
        <translation>按自然时间计（含夜间和节假日）</translation>
    </message>
    <message>
        <source>%1：%2期限 %3，计时已挂起</source>
        <translation>%1：%2期限 %3，计时已挂起</translation>
    </message>
    <message>
        <source>%1：%2期限 %3（%4，%5起预警）</source>
        <translation>%1：%2期限 %3（%4，%5起预警）</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>无法在 %1 中新建数据库文件：文件夹不存在或没有写入权限。</source>
        <extracomment>&quot;sqlite&quot; or &quot;server&quot;</extracomment>
        <translation>无法在 %1 中新建数据库文件：文件夹不存在或没有写入权限。</translation>
    </message>
    <message>
        <source>数据库文件尚不存在，首次启动时将在此新建。</source>
        <translation>数据库文件尚不存在，首次启动时将在此新建。</translation>
    </message>
    <message>
        <source>连接成功：%1</source>
        <translation>连接成功：%1</translation>
    </message>
    <message>
        <source>连接成功：%1（数据库还是空的，首次启动时将自动建表）</source>
        <translation>连接成功：%1（数据库还是空的，首次启动时将自动建表）</translation>
    </message>
    <message>
        <source>数据库连接已保存</source>
        <translation>数据库连接已保存</translation>
    </message>
    <message>
        <source>数据库连接已更改</source>
        <translation>数据库连接已更改</translation>
    </message>
    <message>
        <source>新的数据库连接（%1）需要重新登录后才能使用。现在退出登录并连接新的数据库吗？
选择“否”则在下次启动程序时生效。</source>
        <translation>新的数据库连接（%1）需要重新登录后才能使用。现在退出登录并连接新的数据库吗？
选择“否”则在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>数据库连接已保存，下次启动时生效</source>
        <translation>数据库连接已保存，下次启动时生效</translation>
    </message>
    <message>
        <source>无法连接数据库</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <source>无法打开数据库，程序暂时不能使用。</source>
        <translation>无法打开数据库，程序暂时不能使用。</translation>
    </message>
    <message>
        <source>请检查网络和服务器是否正常后重试；如果数据库地址、用户名或密码有变，请打开“连接设置”修改。</source>
        <translation>请检查网络和服务器是否正常后重试；如果数据库地址、用户名或密码有变，请打开“连接设置”修改。</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>连接设置…</source>
        <translation>连接设置…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>日志文件：%1</source>
        <extracomment>The reporter installed by install_crash_handling (a reference keeps it and its hook alive). The plain-text details of an unhandled exception (from desk.logs.describe_exception). The box was shown (or updated) with these details (what tests wait for). Every report shown in the current box (newest last).</extracomment>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>又发生了 %1 个错误，详细信息中列出了全部错误。</source>
        <translation>又发生了 %1 个错误，详细信息中列出了全部错误。</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <source>程序遇到意外错误，详细信息已写入日志。</source>
        <translation>程序遇到意外错误，详细信息已写入日志。</translation>
    </message>
    <message>
        <source>可以继续使用，但建议保存手头的工作后重新启动程序。如果问题反复出现，请把详细信息或日志文件发给管理员。</source>
        <translation>可以继续使用，但建议保存手头的工作后重新启动程序。如果问题反复出现，请把详细信息或日志文件发给管理员。</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>该账户因多次密码错误已被锁定，请于 {time} 后再试，或请管理员解除锁定。</source>
        <translation>该账户因多次密码错误已被锁定，请于 {time} 后再试，或请管理员解除锁定。</translation>
    </message>
    <message>
        <source>密码必须是文字。</source>
        <translation>密码必须是文字。</translation>
    </message>
    <message>
        <source>密码至少需要 {count} 个字符。</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>密码过长（最多 {count} 个字符）。</source>
        <translation>密码过长（最多 {count} 个字符）。</translation>
    </message>
    <message>
        <source>密码不能以空格开头或结尾，也不能含有非法字符。</source>
        <translation>密码不能以空格开头或结尾，也不能含有非法字符。</translation>
    </message>
    <message>
        <source>用户名须以字母开头，由 2–32 个小写字母、数字、点、下划线或连字符组成。</source>
        <translation>用户名须以字母开头，由 2–32 个小写字母、数字、点、下划线或连字符组成。</translation>
    </message>
    <message>
        <source>部门联络员必须指定所属部门。</source>
        <translation>部门联络员必须指定所属部门。</translation>
    </message>
    <message>
        <source>显示名称必须是文字。</source>
        <translation>显示名称必须是文字。</translation>
    </message>
    <message>
        <source>显示名称过长（最多 64 个字符）。</source>
        <translation>显示名称过长（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>显示名称含有非法字符。</source>
        <translation>显示名称含有非法字符。</translation>
    </message>
    <message>
        <source>用户名 {username} 已存在。</source>
        <translation>用户名 {username} 已存在。</translation>
    </message>
    <message>
        <source>找不到用户 {name}。</source>
        <translation>找不到用户 {name}。</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>密码不正确。</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>请选择是或否。</source>
        <translation>请选择是或否。</translation>
    </message>
    <message>
        <source>请选择停用或启用。</source>
        <translation>请选择停用或启用。</translation>
    </message>
    <message>
        <source>不能修改自己的角色或部门，请让另一位管理员修改。</source>
        <translation>不能修改自己的角色或部门，请让另一位管理员修改。</translation>
    </message>
    <message>
        <source>这是最后一个可登录的管理员账户，不能改为其他角色。</source>
        <translation>这是最后一个可登录的管理员账户，不能改为其他角色。</translation>
    </message>
    <message>
        <source>未知角色：{role}（可选 clerk、supervisor、responder、admin）。</source>
        <translation type="vanished">未知角色：{role}（可选 clerk、supervisor、responder、admin）。</translation>
    </message>
    <message>
        <source>部门名称必须是文字。</source>
        <translation>部门名称必须是文字。</translation>
    </message>
    <message>
        <source>未知部门：{name}</source>
        <translation>未知部门：{name}</translation>
    </message>
    <message>
        <source>部门 {name} 已停用。</source>
        <translation>部门 {name} 已停用。</translation>
    </message>
    <message>
        <source>该账户已停用，请联系管理员。</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>不能停用自己的账户。</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>这是最后一个可登录的管理员账户，不能停用。</source>
        <translation>这是最后一个可登录的管理员账户，不能停用。</translation>
    </message>
    <message>
        <source>连续 {count} 次密码错误</source>
        <translation>连续 {count} 次密码错误</translation>
    </message>
    <message>
        <source>（{at} {kind}）</source>
        <translation>（{at} {kind}）</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>核实通过</source>
        <translation>核实通过</translation>
    </message>
    <message>
        <source>核实未通过</source>
        <translation>核实未通过</translation>
    </message>
    <message>
        <source>超期升级</source>
        <translation>超期升级</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>解锁屏幕</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>解锁失败</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <source>修改密码失败</source>
        <translation>修改密码失败</translation>
    </message>
    <message>
        <source>创建首个管理员</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>启用用户</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>修改角色和部门</source>
        <translation>修改角色和部门</translation>
    </message>
    <message>
        <source>停用部门</source>
        <translation>停用部门</translation>
    </message>
    <message>
        <source>启用部门</source>
        <translation>启用部门</translation>
    </message>
    <message>
        <source>停用分类</source>
        <translation>停用分类</translation>
    </message>
    <message>
        <source>启用分类</source>
        <translation>启用分类</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>修改日历</source>
        <translation>修改日历</translation>
    </message>
    <message>
        <source>导入日历</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>载入法定节假日</source>
        <translation>载入法定节假日</translation>
    </message>
    <message>
        <source>新增社区</source>
        <translation>新增社区</translation>
    </message>
    <message>
        <source>社区改名</source>
        <translation>社区改名</translation>
    </message>
    <message>
        <source>停用社区</source>
        <translation>停用社区</translation>
    </message>
    <message>
        <source>启用社区</source>
        <translation>启用社区</translation>
    </message>
    <message>
        <source>（{at} {kind}，工单 #{ticket}）</source>
        <translation>（{at} {kind}，工单 #{ticket}）</translation>
    </message>
    <message>
        <source>（{at} {kind}，{subject}）</source>
        <translation>（{at} {kind}，{subject}）</translation>
    </message>
    <message>
        <source>事件 id {event_id}（{kind}）不在链中：是绕过本程序插入的。</source>
        <translation>事件 id {event_id}（{kind}）不在链中：是绕过本程序插入的。</translation>
    </message>
    <message>
        <source>缺少链尾记录（audit_head）：无法确认最新的事件是否被删除。</source>
        <translation>缺少链尾记录（audit_head）：无法确认最新的事件是否被删除。</translation>
    </message>
    <message>
        <source>事件全部缺失（被删除）：链尾记录为第 {head} 条，表中已没有任何事件。</source>
        <translation>事件全部缺失（被删除）：链尾记录为第 {head} 条，表中已没有任何事件。</translation>
    </message>
    <message>
        <source>第 {seq} 条事件缺失（被删除）：在第 {before} 条{before_event}与第 {after} 条（事件 id {event_id}）{after_event}之间。</source>
        <translation>第 {seq} 条事件缺失（被删除）：在第 {before} 条{before_event}与第 {after} 条（事件 id {event_id}）{after_event}之间。</translation>
    </message>
    <message>
        <source>第 {seq} 条事件的 id {event_id} 不在前一条（id {previous_id}）之后：事件被重新编号。</source>
        <translation>第 {seq} 条事件的 id {event_id} 不在前一条（id {previous_id}）之后：事件被重新编号。</translation>
    </message>
    <message>
        <source>第 {seq} 条事件（id {event_id}）{event}在记录的链尾（第 {head} 条）之后：是绕过本程序插入的。</source>
        <translation>第 {seq} 条事件（id {event_id}）{event}在记录的链尾（第 {head} 条）之后：是绕过本程序插入的。</translation>
    </message>
    <message>
        <source>最新的第 {seq} 条事件缺失（被删除）：链尾记录为第 {head} 条，表中只到第 {end} 条{end_event}。</source>
        <translation>最新的第 {seq} 条事件缺失（被删除）：链尾记录为第 {head} 条，表中只到第 {end} 条{end_event}。</translation>
    </message>
    <message>
        <source>最新的第 {first}–{last} 条事件缺失（被删除）：链尾记录为第 {head} 条，表中只到第 {end} 条{end_event}。</source>
        <translation>最新的第 {first}–{last} 条事件缺失（被删除）：链尾记录为第 {head} 条，表中只到第 {end} 条{end_event}。</translation>
    </message>
    <message>
        <source>第 {seq} 条事件与链尾记录的哈希不符：事件或链尾记录被修改过。</source>
        <translation>第 {seq} 条事件与链尾记录的哈希不符：事件或链尾记录被修改过。</translation>
    </message>
    <message>
        <source>第 {first}–{last} 条事件缺失（被删除）：在第 {before} 条{before_event}与第 {after} 条（事件 id {event_id}）{after_event}之间。</source>
        <translation>第 {first}–{last} 条事件缺失（被删除）：在第 {before} 条{before_event}与第 {after} 条（事件 id {event_id}）{after_event}之间。</translation>
    </message>
    <message>
        <source>第 {seq} 条位置重复：事件 id {event_id}{event}是插入的。</source>
        <translation>第 {seq} 条位置重复：事件 id {event_id}{event}是插入的。</translation>
    </message>
    <message>
        <source>第 {seq} 条事件（id {event_id}）{event}的内容与哈希不符：该事件被修改过（或是伪造后插入的）。</source>
        <translation>第 {seq} 条事件（id {event_id}）{event}的内容与哈希不符：该事件被修改过（或是伪造后插入的）。</translation>
    </message>
    <message>
        <source>第 {seq} 条事件缺失（被删除）：在第 {after} 条（事件 id {event_id}）{after_event}之前。</source>
        <translation>第 {seq} 条事件缺失（被删除）：在第 {after} 条（事件 id {event_id}）{after_event}之前。</translation>
    </message>
    <message>
        <source>未知角色：{role}（可选 clerk、supervisor、responder、admin、project_manager、observer）。</source>
        <translation>未知角色：{role}（可选 clerk、supervisor、responder、admin、project_manager、observer）。</translation>
    </message>
    <message>
        <source>合并重复件</source>
        <translation>合并重复件</translation>
    </message>
    <message>
        <source>拆分重复件</source>
        <translation>拆分重复件</translation>
    </message>
    <message>
        <source>忽略重复件建议</source>
        <translation>忽略重复件建议</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>删除附件</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>移动分类</source>
        <translation>移动分类</translation>
    </message>
    <message>
        <source>修改立结案标准</source>
        <translation>修改立结案标准</translation>
    </message>
    <message>
        <source>导入立结案标准</source>
        <translation>导入立结案标准</translation>
    </message>
    <message>
        <source>12345 导入</source>
        <translation>12345 导入</translation>
    </message>
    <message>
        <source>12345 平台更新</source>
        <translation>12345 平台更新</translation>
    </message>
    <message>
        <source>导入 12345 工单</source>
        <translation>导入 12345 工单</translation>
    </message>
    <message>
        <source>修改导入列名</source>
        <translation>修改导入列名</translation>
    </message>
    <message>
        <source>修改列映射</source>
        <translation>修改列映射</translation>
    </message>
    <message>
        <source>修改分类映射</source>
        <translation>修改分类映射</translation>
    </message>
    <message>
        <source>新建储备项目</source>
        <translation>新建储备项目</translation>
    </message>
    <message>
        <source>修改项目</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <source>修改项目关联工单</source>
        <translation>修改项目关联工单</translation>
    </message>
    <message>
        <source>项目票决</source>
        <translation>项目票决</translation>
    </message>
    <message>
        <source>项目阶段变更</source>
        <translation>项目阶段变更</translation>
    </message>
    <message>
        <source>编制年度清单</source>
        <translation>编制年度清单</translation>
    </message>
    <message>
        <source>批准年度清单</source>
        <translation>批准年度清单</translation>
    </message>
    <message>
        <source>登记预算和合同金额</source>
        <translation>登记预算和合同金额</translation>
    </message>
    <message>
        <source>登记拨付</source>
        <translation>登记拨付</translation>
    </message>
    <message>
        <source>登记设计变更</source>
        <translation>登记设计变更</translation>
    </message>
    <message>
        <source>审批设计变更</source>
        <translation>审批设计变更</translation>
    </message>
    <message>
        <source>登记参建单位</source>
        <translation>登记参建单位</translation>
    </message>
    <message>
        <source>设置测评题目</source>
        <translation>设置测评题目</translation>
    </message>
    <message>
        <source>录入测评答卷</source>
        <translation>录入测评答卷</translation>
    </message>
    <message>
        <source>登记验收结果</source>
        <translation>登记验收结果</translation>
    </message>
    <message>
        <source>项目验收回访</source>
        <translation>项目验收回访</translation>
    </message>
    <message>
        <source>项目回头看</source>
        <translation>项目回头看</translation>
    </message>
    <message>
        <source>安排项目节点</source>
        <translation>安排项目节点</translation>
    </message>
    <message>
        <source>节点报到</source>
        <translation>节点报到</translation>
    </message>
    <message>
        <source>项目节点完成</source>
        <translation>项目节点完成</translation>
    </message>
    <message>
        <source>项目进度</source>
        <translation>项目进度</translation>
    </message>
    <message>
        <source>施工日志</source>
        <translation>施工日志</translation>
    </message>
    <message>
        <source>质量安全巡查</source>
        <translation>质量安全巡查</translation>
    </message>
    <message>
        <source>项目文件</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>项目评论</source>
        <translation>项目评论</translation>
    </message>
    <message>
        <source>指派市民观察员</source>
        <translation>指派市民观察员</translation>
    </message>
    <message>
        <source>取消指派市民观察员</source>
        <translation>取消指派市民观察员</translation>
    </message>
    <message>
        <source>导入地图边界</source>
        <translation>导入地图边界</translation>
    </message>
    <message>
        <source>标注位置</source>
        <translation>标注位置</translation>
    </message>
    <message>
        <source>标注项目位置</source>
        <translation>标注项目位置</translation>
    </message>
    <message>
        <source>第 {first}–{last} 条事件缺失（被删除）：在第 {after} 条（事件 id {event_id}）{after_event}之前。</source>
        <translation>第 {first}–{last} 条事件缺失（被删除）：在第 {after} 条（事件 id {event_id}）{after_event}之前。</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>搜索内容</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>队列</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>排序方向</source>
        <translation>排序方向</translation>
    </message>
    <message>
        <source>分页位置</source>
        <translation>分页位置</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>核实结果</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>联系情况</source>
        <translation>联系情况</translation>
    </message>
    <message>
        <source>解决情况</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>“承办部门是否联系过您”</source>
        <translation>“承办部门是否联系过您”</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>协办部门</source>
        <translation>协办部门</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>原密码</translation>
    </message>
    <message>
        <source>新名称</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>督办级别</source>
        <translation>督办级别</translation>
    </message>
    <message>
        <source>新的期限</source>
        <translation>新的期限</translation>
    </message>
    <message>
        <source>新办结期限</source>
        <translation>新办结期限</translation>
    </message>
    <message>
        <source>显示已关闭</source>
        <translation>显示已关闭</translation>
    </message>
    <message>
        <source>包含已停用</source>
        <translation>包含已停用</translation>
    </message>
    <message>
        <source>电话打码</source>
        <translation>电话打码</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>筛选条件</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>周次</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>变更标记</source>
        <translation>变更标记</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>文件内容</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>文件路径</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>分组方式</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>拨付日期</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>设计变更</source>
        <translation>设计变更</translation>
    </message>
    <message>
        <source>验收结果</source>
        <translation>验收结果</translation>
    </message>
    <message>
        <source>验收日期</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>受访人</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>测评答案</source>
        <translation>测评答案</translation>
    </message>
    <message>
        <source>测评题目</source>
        <translation>测评题目</translation>
    </message>
    <message>
        <source>回头看发现的问题</source>
        <translation>回头看发现的问题</translation>
    </message>
    <message>
        <source>是否重新整改</source>
        <translation>是否重新整改</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>{label}必须是文字（收到 {value}）。</source>
        <translation>{label}必须是文字（收到 {value}）。</translation>
    </message>
    <message>
        <source>{label}必须是整数（收到 {value}）。</source>
        <translation>{label}必须是整数（收到 {value}）。</translation>
    </message>
    <message>
        <source>{label}超出范围（{value}）。</source>
        <translation>{label}超出范围（{value}）。</translation>
    </message>
    <message>
        <source>{label}须为带时区的时间（收到 {value}）。</source>
        <translation>{label}须为带时区的时间（收到 {value}）。</translation>
    </message>
    <message>
        <source>{label}超出范围：{value}（应在 1900 年到 9000 年之间）。</source>
        <translation>{label}超出范围：{value}（应在 1900 年到 9000 年之间）。</translation>
    </message>
    <message>
        <source>{label}的值无效：{value}。</source>
        <translation>{label}的值无效：{value}。</translation>
    </message>
    <message>
        <source>{label}含有无法识别的字符。</source>
        <translation>{label}含有无法识别的字符。</translation>
    </message>
    <message>
        <source>{label}须为是或否（收到 {value}）。</source>
        <translation>{label}须为是或否（收到 {value}）。</translation>
    </message>
    <message>
        <source>{label}须为日期（收到 {value}）。</source>
        <translation>{label}须为日期（收到 {value}）。</translation>
    </message>
    <message>
        <source>{label}须为列表（收到 {value}）。</source>
        <translation>{label}须为列表（收到 {value}）。</translation>
    </message>
    <message>
        <source>{label}过多：{count} 项。</source>
        <translation>{label}过多：{count} 项。</translation>
    </message>
    <message>
        <source>{label}须为键值表（收到 {value}）。</source>
        <translation>{label}须为键值表（收到 {value}）。</translation>
    </message>
    <message>
        <source>参数不正确：{error}</source>
        <translation>参数不正确：{error}</translation>
    </message>
    <message>
        <source>统计期应写作 YYYY-MM、YYYY-Www、YYYY 或 YYYY-MM-DD..YYYY-MM-DD：{text}</source>
        <translation>统计期应写作 YYYY-MM、YYYY-Www、YYYY 或 YYYY-MM-DD..YYYY-MM-DD：{text}</translation>
    </message>
    <message>
        <source>没有可读取密码的标准输入。</source>
        <translation>没有可读取密码的标准输入。</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，未创建用户。</source>
        <translation>两次输入的密码不一致，未创建用户。</translation>
    </message>
    <message>
        <source>--at 只能与 --dry-run 一起使用。</source>
        <translation>--at 只能与 --dry-run 一起使用。</translation>
    </message>
    <message>
        <source>{path} 是一个文件夹，请给出文件名。</source>
        <translation>{path} 是一个文件夹，请给出文件名。</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在。</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，未保存。</source>
        <translation>两次输入的密码不一致，未保存。</translation>
    </message>
    <message>
        <source>只有共享服务器（PostgreSQL）需要保存密码；请用 --db 指定服务器地址。</source>
        <translation>只有共享服务器（PostgreSQL）需要保存密码；请用 --db 指定服务器地址。</translation>
    </message>
    <message>
        <source>点评过长：最多 {most} 个字。</source>
        <translation>点评过长：最多 {most} 个字。</translation>
    </message>
    <message>
        <source>文件过大（超过 64 MB），不像是立结案标准工作簿。</source>
        <translation>文件过大（超过 64 MB），不像是立结案标准工作簿。</translation>
    </message>
    <message>
        <source>图片的宽和高须在 200 到 8000 像素之间：{text}</source>
        <translation>图片的宽和高须在 200 到 8000 像素之间：{text}</translation>
    </message>
    <message>
        <source>数据库地址（URL）无效：{url}（{error}）</source>
        <translation>数据库地址（URL）无效：{url}（{error}）</translation>
    </message>
    <message>
        <source>标准输入中的密码不是有效的 UTF-8 文字。</source>
        <translation>标准输入中的密码不是有效的 UTF-8 文字。</translation>
    </message>
    <message>
        <source>标准输入中没有密码（应为一行文字）。</source>
        <translation>标准输入中没有密码（应为一行文字）。</translation>
    </message>
    <message>
        <source>没有输入密码。</source>
        <translation>没有输入密码。</translation>
    </message>
    <message>
        <source>不是 ISO 8601 时间：{text}（例如 2026-09-30T16:30+08:00）</source>
        <translation>不是 ISO 8601 时间：{text}（例如 2026-09-30T16:30+08:00）</translation>
    </message>
    <message>
        <source>月份应写作 YYYY-MM，例如 2026-10：{month}</source>
        <translation>月份应写作 YYYY-MM，例如 2026-10：{month}</translation>
    </message>
    <message>
        <source>找不到点评文件：{path}。</source>
        <translation>找不到点评文件：{path}。</translation>
    </message>
    <message>
        <source>点评文件须为 UTF-8 编码的文本：{path}。</source>
        <translation>点评文件须为 UTF-8 编码的文本：{path}。</translation>
    </message>
    <message>
        <source>无法读取点评文件 {path}：{why}</source>
        <translation>无法读取点评文件 {path}：{why}</translation>
    </message>
    <message>
        <source>无法读取文件 {path}：{error}</source>
        <translation>无法读取文件 {path}：{error}</translation>
    </message>
    <message>
        <source>图片大小应写作 宽x高，例如 1600x1200：{text}</source>
        <translation>图片大小应写作 宽x高，例如 1600x1200：{text}</translation>
    </message>
    <message>
        <source>命令行参数含有无法识别的字符（不是有效的 UTF-8 文字）：{arg}</source>
        <translation>命令行参数含有无法识别的字符（不是有效的 UTF-8 文字）：{arg}</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {server}：{reason}（{error}）</source>
        <translation>无法连接数据库服务器 {server}：{reason}（{error}）</translation>
    </message>
    <message>
        <source>数据库已由更新版本的吹哨报到工作台升级（架构版本 {revision}），本版本无法安全写入，请升级本程序。</source>
        <translation>数据库已由更新版本的吹哨报到工作台升级（架构版本 {revision}），本版本无法安全写入，请升级本程序。</translation>
    </message>
    <message>
        <source>另一台电脑正在处理同一份数据，等了 {seconds} 秒仍未完成，本次操作没有保存。请稍后再试。</source>
        <translation>另一台电脑正在处理同一份数据，等了 {seconds} 秒仍未完成，本次操作没有保存。请稍后再试。</translation>
    </message>
    <message>
        <source>数据库操作超过 {seconds} 秒仍未完成，已取消，没有保存任何内容。请稍后再试。</source>
        <translation>数据库操作超过 {seconds} 秒仍未完成，已取消，没有保存任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>这次操作中断太久（例如电脑曾休眠），已被数据库取消，没有保存。请再试一次。</source>
        <translation>这次操作中断太久（例如电脑曾休眠），已被数据库取消，没有保存。请再试一次。</translation>
    </message>
    <message>
        <source>另一台电脑正在写入数据库，等了 {seconds} 秒仍未完成，本次操作没有保存。请稍后再试。</source>
        <translation>另一台电脑正在写入数据库，等了 {seconds} 秒仍未完成，本次操作没有保存。请稍后再试。</translation>
    </message>
    <message>
        <source>数据库不接受输入的值（过长、超出范围或含有非法字符），没有保存任何内容。</source>
        <translation>数据库不接受输入的值（过长、超出范围或含有非法字符），没有保存任何内容。</translation>
    </message>
    <message>
        <source>无法打开数据库文件 {path}：{error}</source>
        <translation>无法打开数据库文件 {path}：{error}</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {server}：{error}</source>
        <translation>无法连接数据库服务器 {server}：{error}</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {server}：{reason}</source>
        <translation>无法连接数据库服务器 {server}：{reason}</translation>
    </message>
    <message>
        <source>服务器拒绝连接，可能未启动或端口不对。请检查服务器地址，或在“连接设置”中修改。</source>
        <translation>服务器拒绝连接，可能未启动或端口不对。请检查服务器地址，或在“连接设置”中修改。</translation>
    </message>
    <message>
        <source>连接超时，服务器没有响应。请检查网络和服务器地址。</source>
        <translation>连接超时，服务器没有响应。请检查网络和服务器地址。</translation>
    </message>
    <message>
        <source>找不到该服务器名称。请检查服务器地址。</source>
        <translation>找不到该服务器名称。请检查服务器地址。</translation>
    </message>
    <message>
        <source>需要密码，但系统密钥环中没有保存该连接的密码。请在“连接设置”中填写密码，或运行 whistle-desk db set-password。</source>
        <translation>需要密码，但系统密钥环中没有保存该连接的密码。请在“连接设置”中填写密码，或运行 whistle-desk db set-password。</translation>
    </message>
    <message>
        <source>用户名或数据库密码不正确。请在“连接设置”中重新填写密码。</source>
        <translation>用户名或数据库密码不正确。请在“连接设置”中重新填写密码。</translation>
    </message>
    <message>
        <source>服务器上没有这个数据库。请检查数据库名。</source>
        <translation>服务器上没有这个数据库。请检查数据库名。</translation>
    </message>
    <message>
        <source>服务器上没有这个数据库用户。请检查用户名。</source>
        <translation>服务器上没有这个数据库用户。请检查用户名。</translation>
    </message>
    <message>
        <source>服务器不允许该用户从本机连接，请联系数据库管理员。</source>
        <translation>服务器不允许该用户从本机连接，请联系数据库管理员。</translation>
    </message>
    <message>
        <source>与数据库服务器的连接中断，服务器可能正在重启。请稍后重试。</source>
        <translation>与数据库服务器的连接中断，服务器可能正在重启。请稍后重试。</translation>
    </message>
    <message>
        <source>该地址上运行的不是可用的 PostgreSQL 数据库服务器，可能端口不对。请检查服务器地址和端口。</source>
        <translation>该地址上运行的不是可用的 PostgreSQL 数据库服务器，可能端口不对。请检查服务器地址和端口。</translation>
    </message>
    <message>
        <source>服务器连接数已满，请稍后重试。</source>
        <translation>服务器连接数已满，请稍后重试。</translation>
    </message>
    <message>
        <source>数据库地址（URL）含有无法识别的字符。</source>
        <translation>数据库地址（URL）含有无法识别的字符。</translation>
    </message>
    <message>
        <source>不支持这种数据库：{backend}。请使用 sqlite:///文件路径（单机）或 postgresql://服务器/数据库（共享）。</source>
        <translation>不支持这种数据库：{backend}。请使用 sqlite:///文件路径（单机）或 postgresql://服务器/数据库（共享）。</translation>
    </message>
    <message>
        <source>无法创建数据库文件所在的文件夹 {folder}：{error}</source>
        <translation>无法创建数据库文件所在的文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <source>日历自 {start} 起连续三年以上没有任何工作时间，无法{what}；请检查工作时段和节假日设置</source>
        <translation>日历自 {start} 起连续三年以上没有任何工作时间，无法{what}；请检查工作时段和节假日设置</translation>
    </message>
    <message>
        <source>需要时长：{value}</source>
        <translation>需要时长：{value}</translation>
    </message>
    <message>
        <source>时间格式不对：“{value}”，应为 HH:MM</source>
        <translation>时间格式不对：“{value}”，应为 HH:MM</translation>
    </message>
    <message>
        <source>时间无效：“{value}”</source>
        <translation>时间无效：“{value}”</translation>
    </message>
    <message>
        <source>工作时段必须是文本，例如 09:00-12:00,13:30-17:30</source>
        <translation>工作时段必须是文本，例如 09:00-12:00,13:30-17:30</translation>
    </message>
    <message>
        <source>需要日期而不是日期时间</source>
        <translation>需要日期而不是日期时间</translation>
    </message>
    <message>
        <source>需要日期：{value}</source>
        <translation>需要日期：{value}</translation>
    </message>
    <message>
        <source>日期类型必须是 holiday、workday 或 default：{value}</source>
        <translation>日期类型必须是 holiday、workday 或 default：{value}</translation>
    </message>
    <message>
        <source>名称必须是文本：{value}</source>
        <translation>名称必须是文本：{value}</translation>
    </message>
    <message>
        <source>CSV 内容必须是文本</source>
        <translation>CSV 内容必须是文本</translation>
    </message>
    <message>
        <source>CSV 中没有任何日期</source>
        <translation>CSV 中没有任何日期</translation>
    </message>
    <message>
        <source>年份超出范围</source>
        <translation>年份超出范围</translation>
    </message>
    <message>
        <source>工作时段必须是整分钟</source>
        <translation>工作时段必须是整分钟</translation>
    </message>
    <message>
        <source>工作时段无效：{start}-{end}（开始须早于结束，且在同一天内）</source>
        <translation>工作时段无效：{start}-{end}（开始须早于结束，且在同一天内）</translation>
    </message>
    <message>
        <source>请填写时区，例如 Asia/Shanghai</source>
        <translation>请填写时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>月份无效：{year}-{month}</source>
        <translation>月份无效：{year}-{month}</translation>
    </message>
    <message>
        <source>需要日期时间</source>
        <translation>需要日期时间</translation>
    </message>
    <message>
        <source>时间必须带时区（例如 2026-09-30T10:00+08:00）</source>
        <translation>时间必须带时区（例如 2026-09-30T10:00+08:00）</translation>
    </message>
    <message>
        <source>工作时长必须是 timedelta</source>
        <translation>工作时长必须是 timedelta</translation>
    </message>
    <message>
        <source>工作时长不能为负数</source>
        <translation>工作时长不能为负数</translation>
    </message>
    <message>
        <source>工作日长度为零（没有设置工作时段），无法按工作日计算</source>
        <translation>工作日长度为零（没有设置工作时段），无法按工作日计算</translation>
    </message>
    <message>
        <source>工作时段格式不对：“{value}”，应为 09:00-12:00</source>
        <translation>工作时段格式不对：“{value}”，应为 09:00-12:00</translation>
    </message>
    <message>
        <source>工作时段必须是 Period：{value}</source>
        <translation>工作时段必须是 Period：{value}</translation>
    </message>
    <message>
        <source>工作时段须按时间顺序且不重叠：{first} 与 {second}</source>
        <translation>工作时段须按时间顺序且不重叠：{first} 与 {second}</translation>
    </message>
    <message>
        <source>第 {line} 行：至少需要“日期,类型”两列</source>
        <translation>第 {line} 行：至少需要“日期,类型”两列</translation>
    </message>
    <message>
        <source>第 {line} 行：列数过多，应为“日期,类型,名称”（名称含逗号请加引号）</source>
        <translation>第 {line} 行：列数过多，应为“日期,类型,名称”（名称含逗号请加引号）</translation>
    </message>
    <message>
        <source>第 {line} 行：类型无效“{value}”，应为 holiday、workday 或 default</source>
        <translation>第 {line} 行：类型无效“{value}”，应为 holiday、workday 或 default</translation>
    </message>
    <message>
        <source>第 {line} 行：名称过长（最多 {count} 个字）</source>
        <translation>第 {line} 行：名称过长（最多 {count} 个字）</translation>
    </message>
    <message>
        <source>第 {line} 行：日期 {date} 与第 {other} 行重复</source>
        <translation>第 {line} 行：日期 {date} 与第 {other} 行重复</translation>
    </message>
    <message>
        <source>未知的时区：{timezone}</source>
        <translation>未知的时区：{timezone}</translation>
    </message>
    <message>
        <source>星期必须是 1（周一）到 7（周日）：{value}</source>
        <translation>星期必须是 1（周一）到 7（周日）：{value}</translation>
    </message>
    <message>
        <source>覆盖日期必须是日期：{value}</source>
        <translation>覆盖日期必须是日期：{value}</translation>
    </message>
    <message>
        <source>时间超出日历可计算的范围</source>
        <translation>时间超出日历可计算的范围</translation>
    </message>
    <message>
        <source>找到下一个工作时间</source>
        <translation>找到下一个工作时间</translation>
    </message>
    <message>
        <source>计算期限</source>
        <translation>计算期限</translation>
    </message>
    <message>
        <source>无法识别的日期覆盖：{value}</source>
        <translation>无法识别的日期覆盖：{value}</translation>
    </message>
    <message>
        <source>第 {line} 行：CSV 格式错误（{error}）</source>
        <translation>第 {line} 行：CSV 格式错误（{error}）</translation>
    </message>
    <message>
        <source>第 {line} 行：日期无效“{value}”，应为 YYYY-MM-DD</source>
        <translation>第 {line} 行：日期无效“{value}”，应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>期限超出日历可计算的范围</source>
        <translation>期限超出日历可计算的范围</translation>
    </message>
    <message>
        <source>环节已完成</source>
        <translation>环节已完成</translation>
    </message>
    <message>
        <source>m（分钟）、h（小时）、d（天）、wm（工作分钟）、wh（工作小时）、wd（工作日）</source>
        <translation>m（分钟）、h（小时）、d（天）、wm（工作分钟）、wh（工作小时）、wd（工作日）</translation>
    </message>
    <message>
        <source>时长格式不对：“{text}”，应为整数加单位，例如 30m、4h、2d、6wh、3wd</source>
        <translation>时长格式不对：“{text}”，应为整数加单位，例如 30m、4h、2d、6wh、3wd</translation>
    </message>
    <message>
        <source>时长不能为负数</source>
        <translation>时长不能为负数</translation>
    </message>
    <message>
        <source>时长格式不对：“{text}”，请去掉加号，例如 3wd</source>
        <translation>时长格式不对：“{text}”，请去掉加号，例如 3wd</translation>
    </message>
    <message>
        <source>时长必须是整数：“{text}”，例如用 90m 代替 1.5h</source>
        <translation>时长必须是整数：“{text}”，例如用 90m 代替 1.5h</translation>
    </message>
    <message>
        <source>时长格式不对：“{text}”，数字和单位之间不要空格，例如 3wd</source>
        <translation>时长格式不对：“{text}”，数字和单位之间不要空格，例如 3wd</translation>
    </message>
    <message>
        <source>时长缺少单位：“{text}”，可用：{units}</source>
        <translation>时长缺少单位：“{text}”，可用：{units}</translation>
    </message>
    <message>
        <source>时长只能有一个单位：“{text}”</source>
        <translation>时长只能有一个单位：“{text}”</translation>
    </message>
    <message>
        <source>时长缺少数字：“{text}”，例如 3wd</source>
        <translation>时长缺少数字：“{text}”，例如 3wd</translation>
    </message>
    <message>
        <source>时长必须是整数</source>
        <translation>时长必须是整数</translation>
    </message>
    <message>
        <source>时长过长：最多 {most}（{days} 天）</source>
        <translation>时长过长：最多 {most}（{days} 天）</translation>
    </message>
    <message>
        <source>时长必须是文本，例如 3wd</source>
        <translation>时长必须是文本，例如 3wd</translation>
    </message>
    <message>
        <source>请填写时长，例如 30m、4h、2d、6wh、3wd</source>
        <translation>请填写时长，例如 30m、4h、2d、6wh、3wd</translation>
    </message>
    <message>
        <source>时长必须大于零</source>
        <translation>时长必须大于零</translation>
    </message>
    <message>
        <source>未知的时长单位“{unit}”，可用：{units}</source>
        <translation>未知的时长单位“{unit}”，可用：{units}</translation>
    </message>
    <message>
        <source>未知分类：{name}</source>
        <translation>未知分类：{name}</translation>
    </message>
    <message>
        <source>不是日期：{value}</source>
        <translation>不是日期：{value}</translation>
    </message>
    <message>
        <source>未知紧急程度：{urgency}</source>
        <translation>未知紧急程度：{urgency}</translation>
    </message>
    <message>
        <source>未知日期类型：{kind}（可选 holiday、workday、default）</source>
        <translation>未知日期类型：{kind}（可选 holiday、workday、default）</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>工单数量须在 0 到 {most} 之间。</source>
        <translation>工单数量须在 0 到 {most} 之间。</translation>
    </message>
    <message>
        <source>随机种子须为整数。</source>
        <translation>随机种子须为整数。</translation>
    </message>
    <message>
        <source>演示数据的周数须在 1 到 {most} 之间。</source>
        <translation>演示数据的周数须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <source>数据库中已有用户或工单：演示数据只能写入空数据库。</source>
        <translation>数据库中已有用户或工单：演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>项目负责人</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>市民观察员</source>
        <translation>市民观察员</translation>
    </message>
    <message>
        <source>查看项目进度通报</source>
        <translation>查看项目进度通报</translation>
    </message>
    <message>
        <source>查看项目的市民观察员</source>
        <translation>查看项目的市民观察员</translation>
    </message>
    <message>
        <source>评论项目</source>
        <translation>评论项目</translation>
    </message>
    <message>
        <source>查看我的项目</source>
        <translation>查看我的项目</translation>
    </message>
    <message>
        <source>查看观察的项目</source>
        <translation>查看观察的项目</translation>
    </message>
    <message>
        <source>市民观察员只能以市民观察员身份记录巡查，整改问题由街道安排。</source>
        <translation>市民观察员只能以市民观察员身份记录巡查，整改问题由街道安排。</translation>
    </message>
    <message>
        <source>请选择市民观察员账户。</source>
        <translation>请选择市民观察员账户。</translation>
    </message>
    <message>
        <source>{name} 不是市民观察员账户。</source>
        <translation>{name} 不是市民观察员账户。</translation>
    </message>
    <message>
        <source>账户 {name} 已停用。</source>
        <translation>账户 {name} 已停用。</translation>
    </message>
    <message>
        <source>{name} 已是项目 {number} 的市民观察员。</source>
        <translation>{name} 已是项目 {number} 的市民观察员。</translation>
    </message>
    <message>
        <source>{name} 不是项目 {number} 的市民观察员。</source>
        <translation>{name} 不是项目 {number} 的市民观察员。</translation>
    </message>
    <message>
        <source>红黑榜计分（按各项目的原始记录）：验收合格 +1 好评；每次验收不合格 +1 差评；居民测评满意度（满意与基本满意占满意度题答案的比例）不低于 90% +1 好评、低于 60% +1 差评；回头看发现问题需重新整改，每次 +1 差评；质量安全巡查每发现一个问题 +1 差评；施工阶段节点每逾期完成一个 +1 差评。净分 = 好评 − 差评：净分大于 0 列入红榜，小于 0 列入黑榜。</source>
        <translation>红黑榜计分（按各项目的原始记录）：验收合格 +1 好评；每次验收不合格 +1 差评；居民测评满意度（满意与基本满意占满意度题答案的比例）不低于 90% +1 好评、低于 60% +1 差评；回头看发现问题需重新整改，每次 +1 差评；质量安全巡查每发现一个问题 +1 差评；施工阶段节点每逾期完成一个 +1 差评。净分 = 好评 − 差评：净分大于 0 列入红榜，小于 0 列入黑榜。</translation>
    </message>
    <message>
        <source>年份应为 2000 到 {high} 之间的整数。</source>
        <translation>年份应为 2000 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>{path} 不是文件夹。</source>
        <translation>{path} 不是文件夹。</translation>
    </message>
    <message>
        <source>文件夹 {path} 不是空的，也不是以前生成的阳光工程网站；请选择一个空文件夹。</source>
        <translation>文件夹 {path} 不是空的，也不是以前生成的阳光工程网站；请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>请选择部门。</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>请至少选择一个部门。</source>
        <translation>请至少选择一个部门。</translation>
    </message>
    <message>
        <source>派单{state}，待审核的申请随之关闭</source>
        <translation>派单{state}，待审核的申请随之关闭</translation>
    </message>
    <message>
        <source>该工单已有主办部门；如需更换，请先撤回原主办派单。</source>
        <translation>该工单已有主办部门；如需更换，请先撤回原主办派单。</translation>
    </message>
    <message>
        <source>请指定主办部门。</source>
        <translation>请指定主办部门。</translation>
    </message>
    <message>
        <source>部门 {name} 重复选择。</source>
        <translation>部门 {name} 重复选择。</translation>
    </message>
    <message>
        <source>部门 {name} 正在办理该工单。</source>
        <translation>部门 {name} 正在办理该工单。</translation>
    </message>
    <message>
        <source>{state}</source>
        <translation>{state}</translation>
    </message>
    <message>
        <source>派单{state}</source>
        <translation>派单{state}</translation>
    </message>
    <message>
        <source>命令行</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>本机时间 {now} 比数据库最后记录的时间 {last} 晚了许多（超过 {limit}），本次操作没有保存。如果电脑时间不对，请先校正电脑时间；如果时间正确（例如长假后第一次使用），请确认后继续。</source>
        <translation>本机时间 {now} 比数据库最后记录的时间 {last} 晚了许多（超过 {limit}），本次操作没有保存。如果电脑时间不对，请先校正电脑时间；如果时间正确（例如长假后第一次使用），请确认后继续。</translation>
    </message>
    <message>
        <source>共享数据库使用服务器的时间，无需确认本机时间。</source>
        <translation>共享数据库使用服务器的时间，无需确认本机时间。</translation>
    </message>
    <message>
        <source>{role}不能{verb}。</source>
        <translation>{role}不能{verb}。</translation>
    </message>
    <message>
        <source>管理员已重置您的密码：请先修改密码，然后才能继续。</source>
        <translation>管理员已重置您的密码：请先修改密码，然后才能继续。</translation>
    </message>
    <message>
        <source>该账户已停用，请重新登录。</source>
        <translation>该账户已停用，请重新登录。</translation>
    </message>
    <message>
        <source>您账户的密码、角色或部门已变更，请重新登录。</source>
        <translation>您账户的密码、角色或部门已变更，请重新登录。</translation>
    </message>
    <message>
        <source>本次登录的身份与账户记录不符，请重新登录。</source>
        <translation>本次登录的身份与账户记录不符，请重新登录。</translation>
    </message>
    <message>
        <source>位置须为一对坐标（经度、纬度）。</source>
        <translation>位置须为一对坐标（经度、纬度）。</translation>
    </message>
    <message>
        <source>{role}不能执行“{verb}”。</source>
        <translation>{role}不能执行“{verb}”。</translation>
    </message>
    <message>
        <source>工单 {number} 当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。</source>
        <translation>工单 {number} 当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。</translation>
    </message>
    <message>
        <source>分页参数无效。</source>
        <translation>分页参数无效。</translation>
    </message>
    <message>
        <source>请选择同意或驳回。</source>
        <translation>请选择同意或驳回。</translation>
    </message>
    <message>
        <source>未知处理方式：{action}</source>
        <translation>未知处理方式：{action}</translation>
    </message>
    <message>
        <source>督办级别必须是 1、2 或 3。</source>
        <translation>督办级别必须是 1、2 或 3。</translation>
    </message>
    <message>
        <source>没有要保存的设置。</source>
        <translation>没有要保存的设置。</translation>
    </message>
    <message>
        <source>月份无效。</source>
        <translation>月份无效。</translation>
    </message>
    <message>
        <source>新密码不能与当前密码相同。</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>可选：all（全部）、admin（管理操作）、login（登录）。</source>
        <translation>可选：all（全部）、admin（管理操作）、login（登录）。</translation>
    </message>
    <message>
        <source>条数须在 1 到 1000 之间。</source>
        <translation>条数须在 1 到 1000 之间。</translation>
    </message>
    <message>
        <source>分页位置无效。</source>
        <translation>分页位置无效。</translation>
    </message>
    <message>
        <source>派单编号无效。</source>
        <translation>派单编号无效。</translation>
    </message>
    <message>
        <source>找不到派单 {id}。</source>
        <translation>找不到派单 {id}。</translation>
    </message>
    <message>
        <source>{role}不能对派单执行“{verb}”。</source>
        <translation>{role}不能对派单执行“{verb}”。</translation>
    </message>
    <message>
        <source>{department}的派单当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。</source>
        <translation>{department}的派单当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。</translation>
    </message>
    <message>
        <source>该记录刚刚已被他人修改，请刷新后重试。</source>
        <translation>该记录刚刚已被他人修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>与已有数据冲突，操作未保存。请刷新后重试。</source>
        <translation>与已有数据冲突，操作未保存。请刷新后重试。</translation>
    </message>
    <message>
        <source>时间必须带时区。</source>
        <translation>时间必须带时区。</translation>
    </message>
    <message>
        <source>只能在预测模式（dry run）下对未来时间扫描。</source>
        <translation>只能在预测模式（dry run）下对未来时间扫描。</translation>
    </message>
    <message>
        <source>已经有可以登录的账户：首个管理员只能在首次运行时创建。请用管理员账户登录后新建用户。</source>
        <translation>已经有可以登录的账户：首个管理员只能在首次运行时创建。请用管理员账户登录后新建用户。</translation>
    </message>
    <message>
        <source>工单 {number} 已被 {user} 于 {when} 修改，您的修改未保存。已为您重新载入。</source>
        <translation>工单 {number} 已被 {user} 于 {when} 修改，您的修改未保存。已为您重新载入。</translation>
    </message>
    <message>
        <source>保密工单的反映人信息只有受理员、督办员可以查看和修改。</source>
        <translation>保密工单的反映人信息只有受理员、督办员可以查看和修改。</translation>
    </message>
    <message>
        <source>工单 {number} 已被 {user} 于 {when} 修改（可能已派单），请查看后再操作。</source>
        <translation>工单 {number} 已被 {user} 于 {when} 修改（可能已派单），请查看后再操作。</translation>
    </message>
    <message>
        <source>请说明是否联系到反映人。</source>
        <translation>请说明是否联系到反映人。</translation>
    </message>
    <message>
        <source>结案前须先登记回访结果（联系不上也要登记）。</source>
        <translation>结案前须先登记回访结果（联系不上也要登记）。</translation>
    </message>
    <message>
        <source>该派单已经挂起。</source>
        <translation>该派单已经挂起。</translation>
    </message>
    <message>
        <source>该派单已有待审核的{kind}申请。</source>
        <translation>该派单已有待审核的{kind}申请。</translation>
    </message>
    <message>
        <source>找不到申请 {id}。</source>
        <translation>找不到申请 {id}。</translation>
    </message>
    <message>
        <source>该申请已由 {user} 处理。</source>
        <translation>该申请已由 {user} 处理。</translation>
    </message>
    <message>
        <source>派单已不在办理中，不能批准该申请。</source>
        <translation>派单已不在办理中，不能批准该申请。</translation>
    </message>
    <message>
        <source>该派单没有挂起。</source>
        <translation>该派单没有挂起。</translation>
    </message>
    <message>
        <source>找不到督办记录 {id}。</source>
        <translation>找不到督办记录 {id}。</translation>
    </message>
    <message>
        <source>该督办事项已关闭：{note}</source>
        <translation>该督办事项已关闭：{note}</translation>
    </message>
    <message>
        <source>只有通报级别的事项需要确认通报。</source>
        <translation>只有通报级别的事项需要确认通报。</translation>
    </message>
    <message>
        <source>街道自身的核实、回访环节只能催办或确认通报，不能延期或改派。</source>
        <translation>街道自身的核实、回访环节只能催办或确认通报，不能延期或改派。</translation>
    </message>
    <message>
        <source>请说明问题是否反弹。</source>
        <translation>请说明问题是否反弹。</translation>
    </message>
    <message>
        <source>受理员</source>
        <translation>受理员</translation>
    </message>
    <message>
        <source>督办员</source>
        <translation>督办员</translation>
    </message>
    <message>
        <source>部门联络员</source>
        <translation>部门联络员</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>未知的指标：{keys}；可用：{known}。</source>
        <translation>未知的指标：{keys}；可用：{known}。</translation>
    </message>
    <message>
        <source>每个指标只能出现一次，且至少要有一个，{hint}。</source>
        <translation>每个指标只能出现一次，且至少要有一个，{hint}。</translation>
    </message>
    <message>
        <source>权重须为非负数且合计为 1，{hint}。</source>
        <translation>权重须为非负数且合计为 1，{hint}。</translation>
    </message>
    <message>
        <source>计分方案须写成“指标:权重”并用逗号分隔，{hint}。</source>
        <translation>计分方案须写成“指标:权重”并用逗号分隔，{hint}。</translation>
    </message>
    <message>
        <source>“{name}”是系统保留的分类（导入的 12345 工单在选定分类前暂存于此），不能改名、启用、停用或移动。</source>
        <translation>“{name}”是系统保留的分类（导入的 12345 工单在选定分类前暂存于此），不能改名、启用、停用或移动。</translation>
    </message>
    <message>
        <source>上级分类 {name} 已停用，请先启用它。</source>
        <translation>上级分类 {name} 已停用，请先启用它。</translation>
    </message>
    <message>
        <source>找不到表头（应有“大类、小类、细类、主办部门……”各列）。</source>
        <translation>找不到表头（应有“大类、小类、细类、主办部门……”各列）。</translation>
    </message>
    <message>
        <source>文件为空。</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>行数过多（{count} 行，最多 {limit} 行）。</source>
        <translation>行数过多（{count} 行，最多 {limit} 行）。</translation>
    </message>
    <message>
        <source>工作簿中没有工作表。</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>无法读取该文件（{error}）：请选择 .xlsx 或 .xls 工作簿。</source>
        <translation>无法读取该文件（{error}）：请选择 .xlsx 或 .xls 工作簿。</translation>
    </message>
    <message>
        <source>缺少列：{columns}</source>
        <translation>缺少列：{columns}</translation>
    </message>
    <message>
        <source>大类、小类、细类都为空。</source>
        <translation>大类、小类、细类都为空。</translation>
    </message>
    <message>
        <source>分类 {name} 在第 {row} 行已出现。</source>
        <translation>分类 {name} 在第 {row} 行已出现。</translation>
    </message>
    <message>
        <source>分类 {name} 不能是自己的上级。</source>
        <translation>分类 {name} 不能是自己的上级。</translation>
    </message>
    <message>
        <source>分类 {name} 已在“{path}”下且有下级分类，移到这里将超过三级。</source>
        <translation>分类 {name} 已在“{path}”下且有下级分类，移到这里将超过三级。</translation>
    </message>
    <message>
        <source>{level}“{name}”缺少上级{parent}。</source>
        <translation>{level}“{name}”缺少上级{parent}。</translation>
    </message>
    <message>
        <source>{name}已是主办部门，不能同时协办。</source>
        <translation>{name}已是主办部门，不能同时协办。</translation>
    </message>
    <message>
        <source>{urgency}时限须报到、响应、办结三项都填，或都不填（沿用上级）。</source>
        <translation>{urgency}时限须报到、响应、办结三项都填，或都不填（沿用上级）。</translation>
    </message>
    <message>
        <source>上级分类 {name} 不在{level}一级。</source>
        <translation>上级分类 {name} 不在{level}一级。</translation>
    </message>
    <message>
        <source>上级分类 {name} 不存在（文件和数据库中都没有）。</source>
        <translation>上级分类 {name} 不存在（文件和数据库中都没有）。</translation>
    </message>
    <message>
        <source>{column}：{error}</source>
        <translation>{column}：{error}</translation>
    </message>
    <message>
        <source>上级分类 {name} 已停用。</source>
        <translation>上级分类 {name} 已停用。</translation>
    </message>
    <message>
        <source>条件必须是文字。</source>
        <translation>条件必须是文字。</translation>
    </message>
    <message>
        <source>条件过长（最多 {count} 个字符）。</source>
        <translation>条件过长（最多 {count} 个字符）。</translation>
    </message>
    <message>
        <source>时限须按紧急程度给出。</source>
        <translation>时限须按紧急程度给出。</translation>
    </message>
    <message>
        <source>{name}是细类，不能再有下级分类。</source>
        <translation>{name}是细类，不能再有下级分类。</translation>
    </message>
    <message>
        <source>不能把分类移到它自己或它的下级之下。</source>
        <translation>不能把分类移到它自己或它的下级之下。</translation>
    </message>
    <message>
        <source>移动后超过三级（大类、小类、细类）。</source>
        <translation>移动后超过三级（大类、小类、细类）。</translation>
    </message>
    <message>
        <source>协办部门须为部门名称的列表。</source>
        <translation>协办部门须为部门名称的列表。</translation>
    </message>
    <message>
        <source>每个紧急程度须有报到、响应、办结三项时限。</source>
        <translation>每个紧急程度须有报到、响应、办结三项时限。</translation>
    </message>
    <message>
        <source>月份须写成“年-月”，例如 2026-11。</source>
        <translation>月份须写成“年-月”，例如 2026-11。</translation>
    </message>
    <message>
        <source>无法识别的月份：{text}（应写成“年-月”，例如 2026-11）。</source>
        <translation>无法识别的月份：{text}（应写成“年-月”，例如 2026-11）。</translation>
    </message>
    <message>
        <source>没有第 {month} 月。</source>
        <translation>没有第 {month} 月。</translation>
    </message>
    <message>
        <source>周报和月报只能选一种：请只给出周次或月份。</source>
        <translation>周报和月报只能选一种：请只给出周次或月份。</translation>
    </message>
    <message>
        <source>“{indicator}”没有工单明细可列。</source>
        <translation>“{indicator}”没有工单明细可列。</translation>
    </message>
    <message>
        <source>{period} 尚未开始，无法生成报告。</source>
        <translation>{period} 尚未开始，无法生成报告。</translation>
    </message>
    <message>
        <source>没有名为“{name}”的部门。</source>
        <translation>没有名为“{name}”的部门。</translation>
    </message>
    <message>
        <source>反映人提供的附件（保密）</source>
        <translation>反映人提供的附件（保密）</translation>
    </message>
    <message>
        <source>回复方式</source>
        <translation>回复方式</translation>
    </message>
    <message>
        <source>12345工单号</source>
        <translation>12345工单号</translation>
    </message>
    <message>
        <source>保密</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>吹哨派单</source>
        <translation>吹哨派单</translation>
    </message>
    <message>
        <source>核实</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>重办</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>申请退单</source>
        <translation>申请退单</translation>
    </message>
    <message>
        <source>审核退单</source>
        <translation>审核退单</translation>
    </message>
    <message>
        <source>撤回派单</source>
        <translation>撤回派单</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>申请挂起</source>
        <translation>申请挂起</translation>
    </message>
    <message>
        <source>审核申请</source>
        <translation>审核申请</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>处理督办</source>
        <translation>处理督办</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>查看队列</source>
        <translation>查看队列</translation>
    </message>
    <message>
        <source>查看队列数量</source>
        <translation>查看队列数量</translation>
    </message>
    <message>
        <source>查看工单列表</source>
        <translation>查看工单列表</translation>
    </message>
    <message>
        <source>查看工单</source>
        <translation>查看工单</translation>
    </message>
    <message>
        <source>查看可用操作</source>
        <translation>查看可用操作</translation>
    </message>
    <message>
        <source>查看部门</source>
        <translation>查看部门</translation>
    </message>
    <message>
        <source>查看分类</source>
        <translation>查看分类</translation>
    </message>
    <message>
        <source>查看时限标准</source>
        <translation>查看时限标准</translation>
    </message>
    <message>
        <source>查看工作日历</source>
        <translation>查看工作日历</translation>
    </message>
    <message>
        <source>导出派单</source>
        <translation>导出派单</translation>
    </message>
    <message>
        <source>查看督办队列</source>
        <translation>查看督办队列</translation>
    </message>
    <message>
        <source>查看督办数量</source>
        <translation>查看督办数量</translation>
    </message>
    <message>
        <source>查看审批队列</source>
        <translation>查看审批队列</translation>
    </message>
    <message>
        <source>查看周报</source>
        <translation>查看周报</translation>
    </message>
    <message>
        <source>查看用户</source>
        <translation>查看用户</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>校验审计链</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>验证密码</source>
        <translation>验证密码</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>修改时限标准</source>
        <translation>修改时限标准</translation>
    </message>
    <message>
        <source>修改办公室设置</source>
        <translation>修改办公室设置</translation>
    </message>
    <message>
        <source>修改工作日历</source>
        <translation>修改工作日历</translation>
    </message>
    <message>
        <source>导入工作日历</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>停用或启用用户</source>
        <translation>停用或启用用户</translation>
    </message>
    <message>
        <source>解除账户锁定</source>
        <translation>解除账户锁定</translation>
    </message>
    <message>
        <source>修改用户角色和部门</source>
        <translation>修改用户角色和部门</translation>
    </message>
    <message>
        <source>新增部门</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>部门改名</source>
        <translation>部门改名</translation>
    </message>
    <message>
        <source>停用或启用部门</source>
        <translation>停用或启用部门</translation>
    </message>
    <message>
        <source>新增分类</source>
        <translation>新增分类</translation>
    </message>
    <message>
        <source>分类改名</source>
        <translation>分类改名</translation>
    </message>
    <message>
        <source>设置默认主办部门</source>
        <translation>设置默认主办部门</translation>
    </message>
    <message>
        <source>保存办公室设置</source>
        <translation>保存办公室设置</translation>
    </message>
    <message>
        <source>停用或启用分类</source>
        <translation>停用或启用分类</translation>
    </message>
    <message>
        <source>待派</source>
        <translation>待派</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>待核实</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>请说明问题是否解决。</source>
        <translation>请说明问题是否解决。</translation>
    </message>
    <message>
        <source>未联系到反映人时不能填写解决情况和满意度。</source>
        <translation>未联系到反映人时不能填写解决情况和满意度。</translation>
    </message>
    <message>
        <source>请填写新的办结期限（带时区的时间）。</source>
        <translation>请填写新的办结期限（带时区的时间）。</translation>
    </message>
    <message>
        <source>新的办结期限必须晚于现在和原办结期限。</source>
        <translation>新的办结期限必须晚于现在和原办结期限。</translation>
    </message>
    <message>
        <source>新的期限必须是晚于现在的时间。</source>
        <translation>新的期限必须是晚于现在的时间。</translation>
    </message>
    <message>
        <source>请选择改派的部门。</source>
        <translation>请选择改派的部门。</translation>
    </message>
    <message>
        <source>请选择另一个部门。</source>
        <translation>请选择另一个部门。</translation>
    </message>
    <message>
        <source>待报到</source>
        <translation>待报到</translation>
    </message>
    <message>
        <source>申请关闭</source>
        <translation>申请关闭</translation>
    </message>
    <message>
        <source>确认本机时间</source>
        <translation>确认本机时间</translation>
    </message>
    <message>
        <source>事件表的只追加触发器已被删除或停用：审计记录不再受保护。</source>
        <translation>事件表的只追加触发器已被删除或停用：审计记录不再受保护。</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>已报到</translation>
    </message>
    <message>
        <source>已响应</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>退单申请中</source>
        <translation>退单申请中</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>派单 {id} 不属于您的部门，您只能处理本部门的派单。</source>
        <translation>派单 {id} 不属于您的部门，您只能处理本部门的派单。</translation>
    </message>
    <message>
        <source>“承办部门是否联系过您”只能填是、否或未询问。</source>
        <translation>“承办部门是否联系过您”只能填是、否或未询问。</translation>
    </message>
    <message>
        <source>该申请已随派单{state}而关闭，无需审核。</source>
        <translation>该申请已随派单{state}而关闭，无需审核。</translation>
    </message>
    <message>
        <source>查看周报或月报</source>
        <translation>查看周报或月报</translation>
    </message>
    <message>
        <source>查看比率明细</source>
        <translation>查看比率明细</translation>
    </message>
    <message>
        <source>查看社区</source>
        <translation>查看社区</translation>
    </message>
    <message>
        <source>停用或启用社区</source>
        <translation>停用或启用社区</translation>
    </message>
    <message>
        <source>查找重复件</source>
        <translation>查找重复件</translation>
    </message>
    <message>
        <source>查看重复件</source>
        <translation>查看重复件</translation>
    </message>
    <message>
        <source>查看附件</source>
        <translation>查看附件</translation>
    </message>
    <message>
        <source>查看分类树</source>
        <translation>查看分类树</translation>
    </message>
    <message>
        <source>查看立结案标准</source>
        <translation>查看立结案标准</translation>
    </message>
    <message>
        <source>新增分类节点</source>
        <translation>新增分类节点</translation>
    </message>
    <message>
        <source>导出立结案标准</source>
        <translation>导出立结案标准</translation>
    </message>
    <message>
        <source>预览导入</source>
        <translation>预览导入</translation>
    </message>
    <message>
        <source>查看导入记录</source>
        <translation>查看导入记录</translation>
    </message>
    <message>
        <source>查看导入字段</source>
        <translation>查看导入字段</translation>
    </message>
    <message>
        <source>查看列映射</source>
        <translation>查看列映射</translation>
    </message>
    <message>
        <source>保存列映射</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>删除列映射</source>
        <translation>删除列映射</translation>
    </message>
    <message>
        <source>查看分类映射</source>
        <translation>查看分类映射</translation>
    </message>
    <message>
        <source>设置分类映射</source>
        <translation>设置分类映射</translation>
    </message>
    <message>
        <source>删除分类映射</source>
        <translation>删除分类映射</translation>
    </message>
    <message>
        <source>查看平台信息</source>
        <translation>查看平台信息</translation>
    </message>
    <message>
        <source>重新分类待分类工单</source>
        <translation>重新分类待分类工单</translation>
    </message>
    <message>
        <source>未联系到反映人时不能填写“承办部门是否联系过您”。</source>
        <translation>未联系到反映人时不能填写“承办部门是否联系过您”。</translation>
    </message>
    <message>
        <source>督办改派：{note}</source>
        <translation>督办改派：{note}</translation>
    </message>
    <message>
        <source>首次运行</source>
        <translation>首次运行</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>挂起超过上限 {limit}，自动恢复计时</source>
        <translation>挂起超过上限 {limit}，自动恢复计时</translation>
    </message>
    <message>
        <source>他人</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>取消项目</source>
        <translation>取消项目</translation>
    </message>
    <message>
        <source>列为项目来源</source>
        <translation>列为项目来源</translation>
    </message>
    <message>
        <source>移出项目来源</source>
        <translation>移出项目来源</translation>
    </message>
    <message>
        <source>查看派单时限</source>
        <translation>查看派单时限</translation>
    </message>
    <message>
        <source>关联项目工单</source>
        <translation>关联项目工单</translation>
    </message>
    <message>
        <source>取消关联项目工单</source>
        <translation>取消关联项目工单</translation>
    </message>
    <message>
        <source>录入项目票决</source>
        <translation>录入项目票决</translation>
    </message>
    <message>
        <source>查看项目优先级</source>
        <translation>查看项目优先级</translation>
    </message>
    <message>
        <source>查看项目列表</source>
        <translation>查看项目列表</translation>
    </message>
    <message>
        <source>查看项目</source>
        <translation>查看项目</translation>
    </message>
    <message>
        <source>查看年度清单</source>
        <translation>查看年度清单</translation>
    </message>
    <message>
        <source>推进项目阶段</source>
        <translation>推进项目阶段</translation>
    </message>
    <message>
        <source>完成项目节点</source>
        <translation>完成项目节点</translation>
    </message>
    <message>
        <source>记录项目进度</source>
        <translation>记录项目进度</translation>
    </message>
    <message>
        <source>记录施工日志</source>
        <translation>记录施工日志</translation>
    </message>
    <message>
        <source>记录质量安全巡查</source>
        <translation>记录质量安全巡查</translation>
    </message>
    <message>
        <source>查看项目进展</source>
        <translation>查看项目进展</translation>
    </message>
    <message>
        <source>查看本部门项目节点</source>
        <translation>查看本部门项目节点</translation>
    </message>
    <message>
        <source>查看项目文件</source>
        <translation>查看项目文件</translation>
    </message>
    <message>
        <source>查看问题清单</source>
        <translation>查看问题清单</translation>
    </message>
    <message>
        <source>查看问题清单的工单</source>
        <translation>查看问题清单的工单</translation>
    </message>
    <message>
        <source>督办延期：{note}</source>
        <translation>督办延期：{note}</translation>
    </message>
    <message>
        <source>结束日期 {end} 早于开始日期 {start}。</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>统计期最长三年（{max} 天），所选为 {days} 天。</source>
        <translation>统计期最长三年（{max} 天），所选为 {days} 天。</translation>
    </message>
    <message>
        <source>开始日期 {start} 尚未到来，无法统计。</source>
        <translation>开始日期 {start} 尚未到来，无法统计。</translation>
    </message>
    <message>
        <source>未知的分组方式：{value}（可选：按社区和分类 community_category、按地点 place）。</source>
        <translation>未知的分组方式：{value}（可选：按社区和分类 community_category、按地点 place）。</translation>
    </message>
    <message>
        <source>未知的排序方式：{value}（可选：{choices}）。</source>
        <translation>未知的排序方式：{value}（可选：{choices}）。</translation>
    </message>
    <message>
        <source>条数须在 1 到 {max} 之间（收到 {value}）。</source>
        <translation>条数须在 1 到 {max} 之间（收到 {value}）。</translation>
    </message>
    <message>
        <source>文件过大（{size}），每个文件不能超过 {limit}。</source>
        <translation>文件过大（{size}），每个文件不能超过 {limit}。</translation>
    </message>
    <message>
        <source>图片“{name}”已损坏或不完整，无法打开，没有添加。</source>
        <translation>图片“{name}”已损坏或不完整，无法打开，没有添加。</translation>
    </message>
    <message>
        <source>不支持的文件类型“{ext}”：只能添加 JPEG、PNG、HEIC 照片和 PDF 文档。</source>
        <translation>不支持的文件类型“{ext}”：只能添加 JPEG、PNG、HEIC 照片和 PDF 文档。</translation>
    </message>
    <message>
        <source>本机未安装 HEIC 支持（pillow-heif），请先把照片转换为 JPEG。</source>
        <translation>本机未安装 HEIC 支持（pillow-heif），请先把照片转换为 JPEG。</translation>
    </message>
    <message>
        <source>文件“{name}”是空的（0 字节），没有添加。</source>
        <translation>文件“{name}”是空的（0 字节），没有添加。</translation>
    </message>
    <message>
        <source>文件“{name}”的扩展名表示{claimed}，内容却是{actual}，没有添加。</source>
        <translation>文件“{name}”的扩展名表示{claimed}，内容却是{actual}，没有添加。</translation>
    </message>
    <message>
        <source>无法读取文件：{error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>文件“{name}”不是{claimed}（内容无法识别），没有添加。</source>
        <translation>文件“{name}”不是{claimed}（内容无法识别），没有添加。</translation>
    </message>
    <message>
        <source>PDF 文档“{name}”不完整或已损坏（缺少文件结尾），没有添加。</source>
        <translation>PDF 文档“{name}”不完整或已损坏（缺少文件结尾），没有添加。</translation>
    </message>
    <message>
        <source>图片“{name}”的像素过多（超过 {limit} 万像素），可能是恶意文件，没有添加。</source>
        <translation>图片“{name}”的像素过多（超过 {limit} 万像素），可能是恶意文件，没有添加。</translation>
    </message>
    <message>
        <source>JPEG 图片</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>PNG 图片</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>HEIC 照片</source>
        <translation>HEIC 照片</translation>
    </message>
    <message>
        <source>PDF 文档</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>请提供文件名（含扩展名，如 现场.jpg）。</source>
        <translation>请提供文件名（含扩展名，如 现场.jpg）。</translation>
    </message>
    <message>
        <source>文件名含有非法字符。</source>
        <translation>文件名含有非法字符。</translation>
    </message>
    <message>
        <source>环节只能是受理、响应或办结（或不填：工单本身的附件）。</source>
        <translation>环节只能是受理、响应或办结（或不填：工单本身的附件）。</translation>
    </message>
    <message>
        <source>类别只能是处置前、处置后或其他。</source>
        <translation>类别只能是处置前、处置后或其他。</translation>
    </message>
    <message>
        <source>{step}环节的附件须指明派单。</source>
        <translation>{step}环节的附件须指明派单。</translation>
    </message>
    <message>
        <source>派单上的附件须注明环节：响应或办结。</source>
        <translation>派单上的附件须注明环节：响应或办结。</translation>
    </message>
    <message>
        <source>工单 {number} {state}，不能再添加附件。</source>
        <translation>工单 {number} {state}，不能再添加附件。</translation>
    </message>
    <message>
        <source>派单 {id} 不属于工单 {number}。</source>
        <translation>派单 {id} 不属于工单 {number}。</translation>
    </message>
    <message>
        <source>工单 {number} 已有 {count} 个附件，不能再添加。</source>
        <translation>工单 {number} 已有 {count} 个附件，不能再添加。</translation>
    </message>
    <message>
        <source>只有添加附件的人才能删除它（{name}）。</source>
        <translation>只有添加附件的人才能删除它（{name}）。</translation>
    </message>
    <message>
        <source>工单 {number} {state}，附件不能再删除。</source>
        <translation>工单 {number} {state}，附件不能再删除。</translation>
    </message>
    <message>
        <source>找不到附件 {id}。</source>
        <translation>找不到附件 {id}。</translation>
    </message>
    <message>
        <source>“{category}”类工单办结时须附处置后照片：请先在办结环节添加一张“处置后”照片。</source>
        <translation>“{category}”类工单办结时须附处置后照片：请先在办结环节添加一张“处置后”照片。</translation>
    </message>
    <message>
        <source>部门联络员只能在本部门派单的响应、办结环节添加附件。</source>
        <translation>部门联络员只能在本部门派单的响应、办结环节添加附件。</translation>
    </message>
    <message>
        <source>派单 {id} 不属于您的部门，您只能在本部门的派单上添加附件。</source>
        <translation>派单 {id} 不属于您的部门，您只能在本部门的派单上添加附件。</translation>
    </message>
    <message>
        <source>派单已{state}，不能再添加附件。</source>
        <translation>派单已{state}，不能再添加附件。</translation>
    </message>
    <message>
        <source>该派单已办结，它的附件是办结的依据，不能删除。</source>
        <translation>该派单已办结，它的附件是办结的依据，不能删除。</translation>
    </message>
    <message>
        <source>添加附件：{name}</source>
        <translation>添加附件：{name}</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>删除附件：{name}</source>
        <translation>删除附件：{name}</translation>
    </message>
    <message>
        <source>请提供文件内容或文件路径（二者选一）。</source>
        <translation>请提供文件内容或文件路径（二者选一）。</translation>
    </message>
    <message>
        <source>照片须以文件路径的列表提供。</source>
        <translation>照片须以文件路径的列表提供。</translation>
    </message>
    <message>
        <source>一次最多添加 {count} 个文件。</source>
        <translation>一次最多添加 {count} 个文件。</translation>
    </message>
    <message>
        <source>工单 {number} 没有派单 {id}。</source>
        <translation>工单 {number} 没有派单 {id}。</translation>
    </message>
    <message>
        <source>{name} 不是 Excel 或 CSV 文件（文件内容与扩展名不符）。请选择从 12345 平台导出的 .xlsx、.xls 或 .csv 文件。</source>
        <translation>{name} 不是 Excel 或 CSV 文件（文件内容与扩展名不符）。请选择从 12345 平台导出的 .xlsx、.xls 或 .csv 文件。</translation>
    </message>
    <message>
        <source>在文件前 {count} 行中没有找到表头（至少要有 {min} 个认识的列名，例如 工单编号、问题分类、主要内容）。</source>
        <translation>在文件前 {count} 行中没有找到表头（至少要有 {min} 个认识的列名，例如 工单编号、问题分类、主要内容）。</translation>
    </message>
    <message>
        <source>文件 {name} 是空的（0 字节）。</source>
        <translation>文件 {name} 是空的（0 字节）。</translation>
    </message>
    <message>
        <source>找不到文件：{name}</source>
        <translation>找不到文件：{name}</translation>
    </message>
    <message>
        <source>无法读取文件 {name}：{error}</source>
        <translation>无法读取文件 {name}：{error}</translation>
    </message>
    <message>
        <source>发布阳光工程</source>
        <translation>发布阳光工程</translation>
    </message>
    <message>
        <source>查看项目资金与验收</source>
        <translation>查看项目资金与验收</translation>
    </message>
    <message>
        <source>查看参建单位</source>
        <translation>查看参建单位</translation>
    </message>
    <message>
        <source>查看项目回访名单</source>
        <translation>查看项目回访名单</translation>
    </message>
    <message>
        <source>登记项目回头看</source>
        <translation>登记项目回头看</translation>
    </message>
    <message>
        <source>查看待回头看项目</source>
        <translation>查看待回头看项目</translation>
    </message>
    <message>
        <source>查看参建单位红黑榜</source>
        <translation>查看参建单位红黑榜</translation>
    </message>
    <message>
        <source>预览地图边界</source>
        <translation>预览地图边界</translation>
    </message>
    <message>
        <source>查看地图</source>
        <translation>查看地图</translation>
    </message>
    <message>
        <source>查看社区工单</source>
        <translation>查看社区工单</translation>
    </message>
    <message>
        <source>查看工单位置</source>
        <translation>查看工单位置</translation>
    </message>
    <message>
        <source>标注工单位置</source>
        <translation>标注工单位置</translation>
    </message>
    <message>
        <source>清除工单位置</source>
        <translation>清除工单位置</translation>
    </message>
    <message>
        <source>{name} 是一个文件夹，请选择 GeoJSON 或 Shapefile 文件。</source>
        <translation>{name} 是一个文件夹，请选择 GeoJSON 或 Shapefile 文件。</translation>
    </message>
    <message>
        <source>文件过大（{size} MB，最多 {limit} MB）：边界文件应只含本街道的社区、网格或道路。</source>
        <translation>文件过大（{size} MB，最多 {limit} MB）：边界文件应只含本街道的社区、网格或道路。</translation>
    </message>
    <message>
        <source>文件 {name} 是空的。</source>
        <translation>文件 {name} 是空的。</translation>
    </message>
    <message>
        <source>文件 {name} 不是 GeoJSON：缺少 type（应为 FeatureCollection）。</source>
        <translation>文件 {name} 不是 GeoJSON：缺少 type（应为 FeatureCollection）。</translation>
    </message>
    <message>
        <source>文件有 {count} 个要素，最多 {limit} 个。</source>
        <translation>文件有 {count} 个要素，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>Shapefile {name} 缺少同名的 .dbf 文件（属性表，含社区名称）：请把 .shp、.shx、.dbf 放在同一文件夹，或一起打包成 zip。</source>
        <translation>Shapefile {name} 缺少同名的 .dbf 文件（属性表，含社区名称）：请把 .shp、.shx、.dbf 放在同一文件夹，或一起打包成 zip。</translation>
    </message>
    <message>
        <source>Shapefile {name} 缺少同名的 .shx 文件（索引）：请把 .shp、.shx、.dbf 放在同一文件夹，或一起打包成 zip。</source>
        <translation>Shapefile {name} 缺少同名的 .shx 文件（索引）：请把 .shp、.shx、.dbf 放在同一文件夹，或一起打包成 zip。</translation>
    </message>
    <message>
        <source>Shapefile {name} 使用投影坐标（{projection}）：请在 GIS 软件中另存为经纬度坐标（WGS84 或 GCJ-02）后再导入。</source>
        <translation>Shapefile {name} 使用投影坐标（{projection}）：请在 GIS 软件中另存为经纬度坐标（WGS84 或 GCJ-02）后再导入。</translation>
    </message>
    <message>
        <source>文件 {name} 不是 GeoJSON（不是 UTF-8 文本）。</source>
        <translation>文件 {name} 不是 GeoJSON（不是 UTF-8 文本）。</translation>
    </message>
    <message>
        <source>文件 {name} 不是有效的 GeoJSON：第 {line} 行第 {column} 列有误（{error}）。</source>
        <translation>文件 {name} 不是有效的 GeoJSON：第 {line} 行第 {column} 列有误（{error}）。</translation>
    </message>
    <message>
        <source>文件 {name} 不是有效的 GeoJSON（嵌套过深）。</source>
        <translation>文件 {name} 不是有效的 GeoJSON（嵌套过深）。</translation>
    </message>
    <message>
        <source>GeoJSON 的 FeatureCollection 缺少 features 列表。</source>
        <translation>GeoJSON 的 FeatureCollection 缺少 features 列表。</translation>
    </message>
    <message>
        <source>GeoJSON 的类型是 {kind}：请导出为带属性的 FeatureCollection（每个要素有社区名称属性）。</source>
        <translation>GeoJSON 的类型是 {kind}：请导出为带属性的 FeatureCollection（每个要素有社区名称属性）。</translation>
    </message>
    <message>
        <source>第 {index} 个要素不是 GeoJSON Feature。</source>
        <translation>第 {index} 个要素不是 GeoJSON Feature。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的 properties 不是对象。</source>
        <translation>第 {index} 个要素的 properties 不是对象。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的 geometry 无效。</source>
        <translation>第 {index} 个要素的 geometry 无效。</translation>
    </message>
    <message>
        <source>第 {index} 个要素是 GeometryCollection：请拆分为多边形或线。</source>
        <translation>第 {index} 个要素是 GeometryCollection：请拆分为多边形或线。</translation>
    </message>
    <message>
        <source>文件 {name} 不是有效的 zip 压缩包。</source>
        <translation>文件 {name} 不是有效的 zip 压缩包。</translation>
    </message>
    <message>
        <source>无法读取 Shapefile {name}：{error}</source>
        <translation>无法读取 Shapefile {name}：{error}</translation>
    </message>
    <message>
        <source>压缩包 {name} 中没有 .shp 文件。</source>
        <translation>压缩包 {name} 中没有 .shp 文件。</translation>
    </message>
    <message>
        <source>压缩包 {name} 中有 {count} 个 .shp 文件，请一次导入一个图层。</source>
        <translation>压缩包 {name} 中有 {count} 个 .shp 文件，请一次导入一个图层。</translation>
    </message>
    <message>
        <source>压缩包解压后超过 {limit} MB。</source>
        <translation>压缩包解压后超过 {limit} MB。</translation>
    </message>
    <message>
        <source>未知的图层：{value}（可选：communities 社区/网格、roads 道路/建筑）。</source>
        <translation>未知的图层：{value}（可选：communities 社区/网格、roads 道路/建筑）。</translation>
    </message>
    <message>
        <source>未知的坐标系：{value}（可选：wgs84、gcj02）。</source>
        <translation>未知的坐标系：{value}（可选：wgs84、gcj02）。</translation>
    </message>
    <message>
        <source>第 {index} 个要素没有几何图形（空要素）。</source>
        <translation>第 {index} 个要素没有几何图形（空要素）。</translation>
    </message>
    <message>
        <source>第 {index} 个要素是 {kind}：道路/建筑图层只接受线和多边形。</source>
        <translation>第 {index} 个要素是 {kind}：道路/建筑图层只接受线和多边形。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的线是空的。</source>
        <translation>第 {index} 个要素的线是空的。</translation>
    </message>
    <message>
        <source>文件中没有要素（空图层）。</source>
        <translation>文件中没有要素（空图层）。</translation>
    </message>
    <message>
        <source>未知的状态筛选：{value}（可选：all、open、overdue、closed）。</source>
        <translation>未知的状态筛选：{value}（可选：all、open、overdue、closed）。</translation>
    </message>
    <message>
        <source>分类无效。</source>
        <translation>分类无效。</translation>
    </message>
    <message>
        <source>地图范围无效。</source>
        <translation>地图范围无效。</translation>
    </message>
    <message>
        <source>地图点数上限无效。</source>
        <translation>地图点数上限无效。</translation>
    </message>
    <message>
        <source>未知社区：{name}</source>
        <translation>未知社区：{name}</translation>
    </message>
    <message>
        <source>坐标（{lon}, {lat}）不在中国境内（经度在前、纬度在后）。</source>
        <translation>坐标（{lon}, {lat}）不在中国境内（经度在前、纬度在后）。</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的项目。</source>
        <translation>没有编号为 {number} 的项目。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的坐标无效：{value}</source>
        <translation>第 {index} 个要素的坐标无效：{value}</translation>
    </message>
    <message>
        <source>第 {index} 个要素的坐标（{lon}, {lat}）不在中国境内：文件应使用经纬度（WGS84 或 GCJ-02），经度在前。</source>
        <translation>第 {index} 个要素的坐标（{lon}, {lat}）不在中国境内：文件应使用经纬度（WGS84 或 GCJ-02），经度在前。</translation>
    </message>
    <message>
        <source>文件的顶点超过 {limit} 个：边界文件应只含本街道。</source>
        <translation>文件的顶点超过 {limit} 个：边界文件应只含本街道。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的线少于两个点。</source>
        <translation>第 {index} 个要素的线少于两个点。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的多边形少于三个角，或是空的。</source>
        <translation>第 {index} 个要素的多边形少于三个角，或是空的。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的多边形边界自相交（边界线交叉）：请在 GIS 软件中修复后再导入。</source>
        <translation>第 {index} 个要素的多边形边界自相交（边界线交叉）：请在 GIS 软件中修复后再导入。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的多边形面积为零。</source>
        <translation>第 {index} 个要素的多边形面积为零。</translation>
    </message>
    <message>
        <source>第 {index} 个要素的多边形是空的。</source>
        <translation>第 {index} 个要素的多边形是空的。</translation>
    </message>
    <message>
        <source>第 {index} 个要素是 {kind}：社区/网格图层只接受多边形（Polygon、MultiPolygon）。</source>
        <translation>第 {index} 个要素是 {kind}：社区/网格图层只接受多边形（Polygon、MultiPolygon）。</translation>
    </message>
    <message>
        <source>文件中没有属性“{name}”。文件中的属性有：{available}。</source>
        <translation>文件中没有属性“{name}”。文件中的属性有：{available}。</translation>
    </message>
    <message>
        <source>坐标须为数字（经度、纬度）。</source>
        <translation>坐标须为数字（经度、纬度）。</translation>
    </message>
    <message>
        <source>项目位置须为点（point）或线（line）。</source>
        <translation>项目位置须为点（point）或线（line）。</translation>
    </message>
    <message>
        <source>没有坐标。</source>
        <translation>没有坐标。</translation>
    </message>
    <message>
        <source>线的点过多（最多 10000 个）。</source>
        <translation>线的点过多（最多 10000 个）。</translation>
    </message>
    <message>
        <source>点位置须只有一对坐标。</source>
        <translation>点位置须只有一对坐标。</translation>
    </message>
    <message>
        <source>线位置至少需要两个点。</source>
        <translation>线位置至少需要两个点。</translation>
    </message>
    <message>
        <source>未知的地图内容：{value}（可选：tickets、overdue、projects）。</source>
        <translation>未知的地图内容：{value}（可选：tickets、overdue、projects）。</translation>
    </message>
    <message>
        <source>文件 {name} 中没有工作表。</source>
        <translation>文件 {name} 中没有工作表。</translation>
    </message>
    <message>
        <source>文件 {name} 已损坏或无法读取（{error}）。</source>
        <translation>文件 {name} 已损坏或无法读取（{error}）。</translation>
    </message>
    <message>
        <source>文件 {name} 无法按文本读取（{error}）。</source>
        <translation>文件 {name} 无法按文本读取（{error}）。</translation>
    </message>
    <message>
        <source>文件缺少必需的列：{column}。请检查表头，或在导入时指定这一列对应的表头。</source>
        <translation>文件缺少必需的列：{column}。请检查表头，或在导入时指定这一列对应的表头。</translation>
    </message>
    <message>
        <source>无法保存文件 {name}：{error}</source>
        <translation>无法保存文件 {name}：{error}</translation>
    </message>
    <message>
        <source>未知的导入字段：{field}</source>
        <translation>未知的导入字段：{field}</translation>
    </message>
    <message>
        <source>来源系统名称过长（最多 32 个字符）。</source>
        <translation>来源系统名称过长（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>没有名为“{name}”的列映射。</source>
        <translation>没有名为“{name}”的列映射。</translation>
    </message>
    <message>
        <source>名称过长（最多 64 个字符）。</source>
        <translation>名称过长（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>平台分类路径无效：{path}</source>
        <translation>平台分类路径无效：{path}</translation>
    </message>
    <message>
        <source>不能映射到“待分类”：请选择一个真正的分类。</source>
        <translation>不能映射到“待分类”：请选择一个真正的分类。</translation>
    </message>
    <message>
        <source>没有平台分类“{path}”的映射。</source>
        <translation>没有平台分类“{path}”的映射。</translation>
    </message>
    <message>
        <source>工单 {number} 还是“待分类”（12345 平台的分类没有对应的本地分类）：请先修改工单、选择分类，再吹哨派单。</source>
        <translation>工单 {number} 还是“待分类”（12345 平台的分类没有对应的本地分类）：请先修改工单、选择分类，再吹哨派单。</translation>
    </message>
    <message>
        <source>文件有约 {count} 行，一次最多导入 {limit} 行：请在平台上按时间分批导出后分别导入。</source>
        <translation>文件有约 {count} 行，一次最多导入 {limit} 行：请在平台上按时间分批导出后分别导入。</translation>
    </message>
    <message>
        <source>数据库中缺少保留分类“待分类”，请先升级数据库（whistle-desk db upgrade）。</source>
        <translation>数据库中缺少保留分类“待分类”，请先升级数据库（whistle-desk db upgrade）。</translation>
    </message>
    <message>
        <source>导入已取消，没有写入任何数据。</source>
        <translation>导入已取消，没有写入任何数据。</translation>
    </message>
    <message>
        <source>文件在表头（第 {row} 行）之后没有数据行。</source>
        <translation>文件在表头（第 {row} 行）之后没有数据行。</translation>
    </message>
    <message>
        <source>有 {count} 行不能导入（例如第 {row} 行：{reason}），本次没有导入任何数据。请修正后重新导入，或选择跳过这些行。</source>
        <translation>有 {count} 行不能导入（例如第 {row} 行：{reason}），本次没有导入任何数据。请修正后重新导入，或选择跳过这些行。</translation>
    </message>
    <message>
        <source>列名过长：{name}</source>
        <translation>列名过长：{name}</translation>
    </message>
    <message>
        <source>列名“{name}”已经是字段“{other}”的别名。</source>
        <translation>列名“{name}”已经是字段“{other}”的别名。</translation>
    </message>
    <message>
        <source>文件超过 {limit} 行，一次最多导入 {limit} 行：请在平台上按时间分批导出后分别导入。</source>
        <translation>文件超过 {limit} 行，一次最多导入 {limit} 行：请在平台上按时间分批导出后分别导入。</translation>
    </message>
    <message>
        <source>工单 {number} 已作为重复件并入 {parent}，请在主工单上办理（或先拆分）。</source>
        <translation>工单 {number} 已作为重复件并入 {parent}，请在主工单上办理（或先拆分）。</translation>
    </message>
    <message>
        <source>工单 {number} 有并入的重复件 {child} 尚未结案，不能撤销：请先拆分重复件。</source>
        <translation>工单 {number} 有并入的重复件 {child} 尚未结案，不能撤销：请先拆分重复件。</translation>
    </message>
    <message>
        <source>工单 {number} 已有 {count} 件重复件并入，不能再并入其他工单（不支持多级合并）。</source>
        <translation>工单 {number} 已有 {count} 件重复件并入，不能再并入其他工单（不支持多级合并）。</translation>
    </message>
    <message>
        <source>不能把工单 {number} 并入它自己。</source>
        <translation>不能把工单 {number} 并入它自己。</translation>
    </message>
    <message>
        <source>工单 {number} 已并入另一件工单：请先拆分。</source>
        <translation>工单 {number} 已并入另一件工单：请先拆分。</translation>
    </message>
    <message>
        <source>工单 {number} 已撤销，不能作为主工单。</source>
        <translation>工单 {number} 已撤销，不能作为主工单。</translation>
    </message>
    <message>
        <source>工单 {number} 当前为“{state}”：只有待派或已结案的工单可以并入（已派出的请先撤回派单）。</source>
        <translation>工单 {number} 当前为“{state}”：只有待派或已结案的工单可以并入（已派出的请先撤回派单）。</translation>
    </message>
    <message>
        <source>工单 {number} 仍有办理中的派单，请先撤回派单再并入。</source>
        <translation>工单 {number} 仍有办理中的派单，请先撤回派单再并入。</translation>
    </message>
    <message>
        <source>两件工单的社区不同（{a} / {b}），确认是同一问题后再合并。</source>
        <translation>两件工单的社区不同（{a} / {b}），确认是同一问题后再合并。</translation>
    </message>
    <message>
        <source>工单 {number} 已经并入 {parent}。</source>
        <translation>工单 {number} 已经并入 {parent}。</translation>
    </message>
    <message>
        <source>两件工单的社区（{a} / {b}）和分类（{c} / {d}）都不同，确认是同一问题后再合并。</source>
        <translation>两件工单的社区（{a} / {b}）和分类（{c} / {d}）都不同，确认是同一问题后再合并。</translation>
    </message>
    <message>
        <source>两件工单的分类不同（{a} / {b}），确认是同一问题后再合并。</source>
        <translation>两件工单的分类不同（{a} / {b}），确认是同一问题后再合并。</translation>
    </message>
    <message>
        <source>条数须在 1 到 20 之间。</source>
        <translation>条数须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>请确认是否合并。</source>
        <translation>请确认是否合并。</translation>
    </message>
    <message>
        <source>建议编号无效。</source>
        <translation>建议编号无效。</translation>
    </message>
    <message>
        <source>工单 {number} 没有并入其他工单，无需拆分。</source>
        <translation>工单 {number} 没有并入其他工单，无需拆分。</translation>
    </message>
    <message>
        <source>找不到重复件建议 {id}。</source>
        <translation>找不到重复件建议 {id}。</translation>
    </message>
    <message>
        <source>该建议已处理。</source>
        <translation>该建议已处理。</translation>
    </message>
    <message>
        <source>已连接数据库服务器，实时更新已开启。</source>
        <translation>已连接数据库服务器，实时更新已开启。</translation>
    </message>
    <message>
        <source>已重新连接数据库服务器，数据已刷新。</source>
        <translation>已重新连接数据库服务器，数据已刷新。</translation>
    </message>
    <message>
        <source>实时更新已中断，正在自动重连。{cause}</source>
        <translation>实时更新已中断，正在自动重连。{cause}</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>同名的文件已存在</source>
        <translation>同名的文件已存在</translation>
    </message>
    <message>
        <source>路径中有一段是文件而不是文件夹</source>
        <translation>路径中有一段是文件而不是文件夹</translation>
    </message>
    <message>
        <source>这是一个文件夹，请给出文件名</source>
        <translation>这是一个文件夹，请给出文件名</translation>
    </message>
    <message>
        <source>磁盘是只读的</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>磁盘空间不足</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>项目 {number} 处于{stage}阶段：立项后才能记录进度、日志和巡查。</source>
        <translation>项目 {number} 处于{stage}阶段：立项后才能记录进度、日志和巡查。</translation>
    </message>
    <message>
        <source>日期须是日期。</source>
        <translation>日期须是日期。</translation>
    </message>
    <message>
        <source>日期不能晚于今天（{today}）。</source>
        <translation>日期不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>日期太早：最多补记 {days} 天以内的记录。</source>
        <translation>日期太早：最多补记 {days} 天以内的记录。</translation>
    </message>
    <message>
        <source>完成百分比须是 0 到 100 的整数。</source>
        <translation>完成百分比须是 0 到 100 的整数。</translation>
    </message>
    <message>
        <source>巡查人须是监理、街道工作人员或市民观察员。</source>
        <translation>巡查人须是监理、街道工作人员或市民观察员。</translation>
    </message>
    <message>
        <source>问题须为列表（最多 {count} 条）。</source>
        <translation>问题须为列表（最多 {count} 条）。</translation>
    </message>
    <message>
        <source>项目 {number} 还没有立项。</source>
        <translation>项目 {number} 还没有立项。</translation>
    </message>
    <message>
        <source>找不到记录 {id}。</source>
        <translation>找不到记录 {id}。</translation>
    </message>
    <message>
        <source>储备</source>
        <translation>储备</translation>
    </message>
    <message>
        <source>已列入清单</source>
        <translation>已列入清单</translation>
    </message>
    <message>
        <source>立项</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>招标</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>施工</source>
        <translation>施工</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>运维</source>
        <translation>运维</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>这里已有 {count} 个文件，不能再添加。</source>
        <translation>这里已有 {count} 个文件，不能再添加。</translation>
    </message>
    <message>
        <source>找不到文件 {id}。</source>
        <translation>找不到文件 {id}。</translation>
    </message>
    <message>
        <source>添加文件：{name}</source>
        <translation>添加文件：{name}</translation>
    </message>
    <message>
        <source>找不到项目节点 {id}。</source>
        <translation>找不到项目节点 {id}。</translation>
    </message>
    <message>
        <source>未知或已停用的部门：{name}。</source>
        <translation>未知或已停用的部门：{name}。</translation>
    </message>
    <message>
        <source>请给出计划完成日期或期限（二者选一）。</source>
        <translation>请给出计划完成日期或期限（二者选一）。</translation>
    </message>
    <message>
        <source>计划完成日期须是日期。</source>
        <translation>计划完成日期须是日期。</translation>
    </message>
    <message>
        <source>{day} 不是工作日：请选择一个工作日作为计划完成日期。</source>
        <translation>{day} 不是工作日：请选择一个工作日作为计划完成日期。</translation>
    </message>
    <message>
        <source>计划完成日期 {day} 已经过去。</source>
        <translation>计划完成日期 {day} 已经过去。</translation>
    </message>
    <message>
        <source>计划完成日期太远：最多 {days} 天以后。</source>
        <translation>计划完成日期太远：最多 {days} 天以后。</translation>
    </message>
    <message>
        <source>项目 {number} 处于{stage}阶段：列入批准的年度清单后才能安排节点。</source>
        <translation>项目 {number} 处于{stage}阶段：列入批准的年度清单后才能安排节点。</translation>
    </message>
    <message>
        <source>节点只能属于立项、招标、施工、验收或运维阶段。</source>
        <translation>节点只能属于立项、招标、施工、验收或运维阶段。</translation>
    </message>
    <message>
        <source>项目 {number} 已经过了{stage}阶段，不能再为它安排节点。</source>
        <translation>项目 {number} 已经过了{stage}阶段，不能再为它安排节点。</translation>
    </message>
    <message>
        <source>协办部门须为部门名称的列表（最多 {count} 个）。</source>
        <translation>协办部门须为部门名称的列表（最多 {count} 个）。</translation>
    </message>
    <message>
        <source>{name} 已是主办部门，不能同时协办。</source>
        <translation>{name} 已是主办部门，不能同时协办。</translation>
    </message>
    <message>
        <source>您的部门没有被召集到这个节点：只能为本部门报到。</source>
        <translation>您的部门没有被召集到这个节点：只能为本部门报到。</translation>
    </message>
    <message>
        <source>本部门已于 {at} 报到。</source>
        <translation>本部门已于 {at} 报到。</translation>
    </message>
    <message>
        <source>节点“{name}”已完成，无需再报到。</source>
        <translation>节点“{name}”已完成，无需再报到。</translation>
    </message>
    <message>
        <source>只有节点的主办部门才能标记完成：这不是本部门主办的节点。</source>
        <translation>只有节点的主办部门才能标记完成：这不是本部门主办的节点。</translation>
    </message>
    <message>
        <source>节点“{name}”已经完成。</source>
        <translation>节点“{name}”已经完成。</translation>
    </message>
    <message>
        <source>节点“{name}”属于{stage}阶段，项目进入该阶段后才能完成。</source>
        <translation>节点“{name}”属于{stage}阶段，项目进入该阶段后才能完成。</translation>
    </message>
    <message>
        <source>项目节点的督办事项不能改派：请催办、延期或确认通报。</source>
        <translation>项目节点的督办事项不能改派：请催办、延期或确认通报。</translation>
    </message>
    <message>
        <source>期限过长：最多 {days} 天。</source>
        <translation>期限过长：最多 {days} 天。</translation>
    </message>
    <message>
        <source>节点已完成</source>
        <translation>节点已完成</translation>
    </message>
    <message>
        <source>项目 {number} 已取消，不能再推进。</source>
        <translation>项目 {number} 已取消，不能再推进。</translation>
    </message>
    <message>
        <source>项目 {number} 还是储备项目：须先列入批准的年度清单，才能立项。</source>
        <translation>项目 {number} 还是储备项目：须先列入批准的年度清单，才能立项。</translation>
    </message>
    <message>
        <source>项目 {number} 现在处于{stage}阶段，只能推进到{next}（不能到{to}）。</source>
        <translation>项目 {number} 现在处于{stage}阶段，只能推进到{next}（不能到{to}）。</translation>
    </message>
    <message>
        <source>项目 {number} 不在 {year} 年已批准的清单上，不能立项。</source>
        <translation>项目 {number} 不在 {year} 年已批准的清单上，不能立项。</translation>
    </message>
    <message>
        <source>项目 {number} 尚未验收合格：请先录入居民满意度测评并登记验收结果，然后才能进入运维阶段。</source>
        <translation>项目 {number} 尚未验收合格：请先录入居民满意度测评并登记验收结果，然后才能进入运维阶段。</translation>
    </message>
    <message>
        <source>{stage}阶段还有 {count} 个节点未完成：{names}。完成后才能进入{next}阶段。</source>
        <translation>{stage}阶段还有 {count} 个节点未完成：{names}。完成后才能进入{next}阶段。</translation>
    </message>
    <message>
        <source>项目 {number} 已在运维阶段，这是最后一个阶段。</source>
        <translation>项目 {number} 已在运维阶段，这是最后一个阶段。</translation>
    </message>
    <message>
        <source>每条问题须写明：name（问题）、lead（整改主办部门）、due_on 或 within（整改期限）。</source>
        <translation>每条问题须写明：name（问题）、lead（整改主办部门）、due_on 或 within（整改期限）。</translation>
    </message>
    <message>
        <source>整改期限须是日期。</source>
        <translation>整改期限须是日期。</translation>
    </message>
    <message>
        <source>整改期限须写成如 3wd 的时长。</source>
        <translation>整改期限须写成如 3wd 的时长。</translation>
    </message>
    <message>
        <source>未知的评分项：{key}；可用：{known}。</source>
        <translation>未知的评分项：{key}；可用：{known}。</translation>
    </message>
    <message>
        <source>评分项 {key} 出现了两次。</source>
        <translation>评分项 {key} 出现了两次。</translation>
    </message>
    <message>
        <source>评分项 {key} 的权重须在 0 到 1000 之间。</source>
        <translation>评分项 {key} 的权重须在 0 到 1000 之间。</translation>
    </message>
    <message>
        <source>评分项 {key} 的权重须为数字。</source>
        <translation>评分项 {key} 的权重须为数字。</translation>
    </message>
    <message>
        <source>项目 {number} 不在验收阶段，不能登记测评或验收结果。</source>
        <translation>项目 {number} 不在验收阶段，不能登记测评或验收结果。</translation>
    </message>
    <message>
        <source>项目 {number} 已验收合格，测评和验收结果不能再改。</source>
        <translation>项目 {number} 已验收合格，测评和验收结果不能再改。</translation>
    </message>
    <message>
        <source>项目 {number} 的测评已有答卷，题目不能再改。</source>
        <translation>项目 {number} 的测评已有答卷，题目不能再改。</translation>
    </message>
    <message>
        <source>请至少设一道测评题目。</source>
        <translation>请至少设一道测评题目。</translation>
    </message>
    <message>
        <source>测评题目最多 {count} 道。</source>
        <translation>测评题目最多 {count} 道。</translation>
    </message>
    <message>
        <source>测评题目没有变化。</source>
        <translation>测评题目没有变化。</translation>
    </message>
    <message>
        <source>受访人过长：最多 {count} 个字符。</source>
        <translation>受访人过长：最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>须回答全部 {count} 道题（收到 {given} 个答案）。</source>
        <translation>须回答全部 {count} 道题（收到 {given} 个答案）。</translation>
    </message>
    <message>
        <source>请说明验收是否合格。</source>
        <translation>请说明验收是否合格。</translation>
    </message>
    <message>
        <source>验收日期不能晚于今天（{today}）。</source>
        <translation>验收日期不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>验收合格前须先录入居民满意度测评（至少一份答卷）。</source>
        <translation>验收合格前须先录入居民满意度测评（至少一份答卷）。</translation>
    </message>
    <message>
        <source>项目 {number} 尚未验收合格，还不能回访居民。</source>
        <translation>项目 {number} 尚未验收合格，还不能回访居民。</translation>
    </message>
    <message>
        <source>工单 {number} 不在项目 {project} 的回访名单上。</source>
        <translation>工单 {number} 不在项目 {project} 的回访名单上。</translation>
    </message>
    <message>
        <source>已回访过工单 {number} 的反映人。</source>
        <translation>已回访过工单 {number} 的反映人。</translation>
    </message>
    <message>
        <source>未知的满意度：{value}。</source>
        <translation>未知的满意度：{value}。</translation>
    </message>
    <message>
        <source>请说明是否需要重新整改。</source>
        <translation>请说明是否需要重新整改。</translation>
    </message>
    <message>
        <source>项目 {number} 没有待进行的回头看（验收合格后才安排）。</source>
        <translation>项目 {number} 没有待进行的回头看（验收合格后才安排）。</translation>
    </message>
    <message>
        <source>每道题须写明题目和答案类型。</source>
        <translation>每道题须写明题目和答案类型。</translation>
    </message>
    <message>
        <source>测评题目不能为空。</source>
        <translation>测评题目不能为空。</translation>
    </message>
    <message>
        <source>测评题目过长：最多 {count} 个字符。</source>
        <translation>测评题目过长：最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>未知的答案类型：{kind}（可选：satisfaction 满意度、yes_no 是否）。</source>
        <translation>未知的答案类型：{kind}（可选：satisfaction 满意度、yes_no 是否）。</translation>
    </message>
    <message>
        <source>题目“{text}”重复了。</source>
        <translation>题目“{text}”重复了。</translation>
    </message>
    <message>
        <source>第 {position} 题“{text}”的答案无效：{answer}。</source>
        <translation>第 {position} 题“{text}”的答案无效：{answer}。</translation>
    </message>
    <message>
        <source>未知的单位类别：{kind}（可选：builder 施工单位、supervisor 监理单位）。</source>
        <translation>未知的单位类别：{kind}（可选：builder 施工单位、supervisor 监理单位）。</translation>
    </message>
    <message>
        <source>{label}须为整数（以分计）。</source>
        <translation>{label}须为整数（以分计）。</translation>
    </message>
    <message>
        <source>{label}超出范围（最多 1 万亿元）。</source>
        <translation>{label}超出范围（最多 1 万亿元）。</translation>
    </message>
    <message>
        <source>{label}不能为零。</source>
        <translation>{label}不能为零。</translation>
    </message>
    <message>
        <source>{label}须大于零。</source>
        <translation>{label}须大于零。</translation>
    </message>
    <message>
        <source>项目 {number} 还是储备项目：列入年度清单后才能登记资金、参建单位和验收。</source>
        <translation>项目 {number} 还是储备项目：列入年度清单后才能登记资金、参建单位和验收。</translation>
    </message>
    <message>
        <source>拨付合计 {paid} 将超过合同金额 {contract} 加已批准的设计变更 {changes}（共 {total}），未保存。</source>
        <translation>拨付合计 {paid} 将超过合同金额 {contract} 加已批准的设计变更 {changes}（共 {total}），未保存。</translation>
    </message>
    <message>
        <source>金额没有变化。</source>
        <translation>金额没有变化。</translation>
    </message>
    <message>
        <source>拨付日期不能晚于今天（{today}）。</source>
        <translation>拨付日期不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>项目 {number} 尚未登记合同金额，不能登记拨付。</source>
        <translation>项目 {number} 尚未登记合同金额，不能登记拨付。</translation>
    </message>
    <message>
        <source>找不到设计变更 {id}。</source>
        <translation>找不到设计变更 {id}。</translation>
    </message>
    <message>
        <source>设计变更 {id} 已经审批过了。</source>
        <translation>设计变更 {id} 已经审批过了。</translation>
    </message>
    <message>
        <source>参建单位没有变化。</source>
        <translation>参建单位没有变化。</translation>
    </message>
    <message>
        <source>联系电话只能包含数字、空格和 -+()。</source>
        <translation>联系电话只能包含数字、空格和 -+()。</translation>
    </message>
    <message>
        <source>请先填写{label}名称。</source>
        <translation>请先填写{label}名称。</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>合同金额</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>变更理由</source>
        <translation>变更理由</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>监理单位</source>
        <translation>监理单位</translation>
    </message>
    <message>
        <source>施工单位联系人</source>
        <translation>施工单位联系人</translation>
    </message>
    <message>
        <source>监理单位联系人</source>
        <translation>监理单位联系人</translation>
    </message>
    <message>
        <source>施工单位联系电话</source>
        <translation>施工单位联系电话</translation>
    </message>
    <message>
        <source>监理单位联系电话</source>
        <translation>监理单位联系电话</translation>
    </message>
    <message>
        <source>年份须为整数。</source>
        <translation>年份须为整数。</translation>
    </message>
    <message>
        <source>年份须在 {low} 到 {high} 之间（收到 {value}）。</source>
        <translation>年份须在 {low} 到 {high} 之间（收到 {value}）。</translation>
    </message>
    <message>
        <source>须为整数。</source>
        <translation>须为整数。</translation>
    </message>
    <message>
        <source>须在 0 到 {high} 之间（收到 {value}）。</source>
        <translation>须在 0 到 {high} 之间（收到 {value}）。</translation>
    </message>
    <message>
        <source>未知分类：{name}。</source>
        <translation>未知分类：{name}。</translation>
    </message>
    <message>
        <source>找不到项目 {number}。</source>
        <translation>找不到项目 {number}。</translation>
    </message>
    <message>
        <source>来自工单或问题清单的项目须关联至少一张工单。</source>
        <translation>来自工单或问题清单的项目须关联至少一张工单。</translation>
    </message>
    <message>
        <source>列为项目 {number}“{name}”的来源工单</source>
        <translation>列为项目 {number}“{name}”的来源工单</translation>
    </message>
    <message>
        <source>不再是项目 {number}“{name}”的来源工单</source>
        <translation>不再是项目 {number}“{name}”的来源工单</translation>
    </message>
    <message>
        <source>项目 {number} 已取消，不能再修改。</source>
        <translation>项目 {number} 已取消，不能再修改。</translation>
    </message>
    <message>
        <source>请至少选择一张工单。</source>
        <translation>请至少选择一张工单。</translation>
    </message>
    <message>
        <source>不能修改的字段：{field}。</source>
        <translation>不能修改的字段：{field}。</translation>
    </message>
    <message>
        <source>会议日期不能晚于今天（{today}）。</source>
        <translation>会议日期不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>请至少录入一票。</source>
        <translation>请至少录入一票。</translation>
    </message>
    <message>
        <source>{voter} 在会议“{meeting}”中的投票已经录入。</source>
        <translation>{voter} 在会议“{meeting}”中的投票已经录入。</translation>
    </message>
    <message>
        <source>项目 {number} 已列入年度清单：请先编制不含该项目的新版清单并批准，再取消。</source>
        <translation>项目 {number} 已列入年度清单：请先编制不含该项目的新版清单并批准，再取消。</translation>
    </message>
    <message>
        <source>项目 {number} 已进入实施阶段，不能在项目库中取消。</source>
        <translation>项目 {number} 已进入实施阶段，不能在项目库中取消。</translation>
    </message>
    <message>
        <source>清单至少要有一个项目。</source>
        <translation>清单至少要有一个项目。</translation>
    </message>
    <message>
        <source>找不到 {year} 年清单的第 {version} 版。</source>
        <translation>找不到 {year} 年清单的第 {version} 版。</translation>
    </message>
    <message>
        <source>{year} 年清单第 {version} 版已经批准。</source>
        <translation>{year} 年清单第 {version} 版已经批准。</translation>
    </message>
    <message>
        <source>{year} 年清单第 {version} 版已被新版本取代，不能再批准。</source>
        <translation>{year} 年清单第 {version} 版已被新版本取代，不能再批准。</translation>
    </message>
    <message>
        <source>{year} 年清单已批准了更新的第 {current} 版，不能再批准第 {version} 版。</source>
        <translation>{year} 年清单已批准了更新的第 {current} 版，不能再批准第 {version} 版。</translation>
    </message>
    <message>
        <source>未知的项目来源：{value}。</source>
        <translation>未知的项目来源：{value}。</translation>
    </message>
    <message>
        <source>工单 {number} 已关联到本项目。</source>
        <translation>工单 {number} 已关联到本项目。</translation>
    </message>
    <message>
        <source>工单 {number} 没有关联到本项目。</source>
        <translation>工单 {number} 没有关联到本项目。</translation>
    </message>
    <message>
        <source>每一票须写明投票人和意见。</source>
        <translation>每一票须写明投票人和意见。</translation>
    </message>
    <message>
        <source>未知的投票意见：{choice}（可选：for 赞成、against 反对、abstain 弃权）。</source>
        <translation>未知的投票意见：{choice}（可选：for 赞成、against 反对、abstain 弃权）。</translation>
    </message>
    <message>
        <source>{voter} 在本次会议中投了两次。</source>
        <translation>{voter} 在本次会议中投了两次。</translation>
    </message>
    <message>
        <source>项目 {number} 在清单中出现了两次。</source>
        <translation>项目 {number} 在清单中出现了两次。</translation>
    </message>
    <message>
        <source>项目 {number} 属于 {project_year} 年，不能列入 {year} 年清单。</source>
        <translation>项目 {number} 属于 {project_year} 年，不能列入 {year} 年清单。</translation>
    </message>
    <message>
        <source>项目 {number} 已取消，不能列入清单。</source>
        <translation>项目 {number} 已取消，不能列入清单。</translation>
    </message>
    <message>
        <source>{year} 年还没有重点民生工程清单。</source>
        <translation>{year} 年还没有重点民生工程清单。</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>项目说明</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>投票人</source>
        <translation>投票人</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>安全底线须为是或否。</source>
        <translation>安全底线须为是或否。</translation>
    </message>
    <message>
        <source>未知的项目阶段：{stage}。</source>
        <translation>未知的项目阶段：{stage}。</translation>
    </message>
    <message>
        <source>巡查人</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>项目 {number} 已被他人修改（第 {version} 版），您的修改未保存。请刷新后重试。</source>
        <translation>项目 {number} 已被他人修改（第 {version} 版），您的修改未保存。请刷新后重试。</translation>
    </message>
    <message>
        <source>密码不能为空。</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>数据库地址 {url} 中没有用户名，无法保存密码。</source>
        <translation>数据库地址 {url} 中没有用户名，无法保存密码。</translation>
    </message>
    <message>
        <source>无法把密码保存到系统密钥环：{error}</source>
        <translation>无法把密码保存到系统密钥环：{error}</translation>
    </message>
    <message>
        <source>无法从系统密钥环删除密码：{error}</source>
        <translation>无法从系统密钥环删除密码：{error}</translation>
    </message>
    <message>
        <source>工作时段设置格式错误。</source>
        <translation>工作时段设置格式错误。</translation>
    </message>
    <message>
        <source>预警比例必须大于 0 且小于 1。</source>
        <translation>预警比例必须大于 0 且小于 1。</translation>
    </message>
    <message>
        <source>未知设置：{key}</source>
        <translation>未知设置：{key}</translation>
    </message>
    <message>
        <source>设置值必须是文字。</source>
        <translation>设置值必须是文字。</translation>
    </message>
    <message>
        <source>未知时区：{value}</source>
        <translation>未知时区：{value}</translation>
    </message>
    <message>
        <source>星期必须是 1–7：{day}</source>
        <translation>星期必须是 1–7：{day}</translation>
    </message>
    <message>
        <source>预警比例必须是 0 到 1 之间的数。</source>
        <translation>预警比例必须是 0 到 1 之间的数。</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>过长（最多 {count} 个字符）。</source>
        <translation>过长（最多 {count} 个字符）。</translation>
    </message>
    <message>
        <source>须为 0 到 1 之间的数。</source>
        <translation>须为 0 到 1 之间的数。</translation>
    </message>
    <message>
        <source>须为 0 到 10000 之间的整数。</source>
        <translation>须为 0 到 10000 之间的整数。</translation>
    </message>
    <message>
        <source>须为 {low} 到 {high} 之间的整数。</source>
        <translation>须为 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>名称必须是文字。</source>
        <translation>名称必须是文字。</translation>
    </message>
    <message>
        <source>名称不能为空。</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>名称过长（最多 {count} 个字符）。</source>
        <translation>名称过长（最多 {count} 个字符）。</translation>
    </message>
    <message>
        <source>名称含有非法字符。</source>
        <translation>名称含有非法字符。</translation>
    </message>
    <message>
        <source>找不到部门 {name}。</source>
        <translation>找不到部门 {name}。</translation>
    </message>
    <message>
        <source>部门 {name} 已存在。</source>
        <translation>部门 {name} 已存在。</translation>
    </message>
    <message>
        <source>新名称与原名称相同。</source>
        <translation>新名称与原名称相同。</translation>
    </message>
    <message>
        <source>找不到社区 {name}。</source>
        <translation>找不到社区 {name}。</translation>
    </message>
    <message>
        <source>社区 {name} 已存在。</source>
        <translation>社区 {name} 已存在。</translation>
    </message>
    <message>
        <source>找不到分类 {name}。</source>
        <translation>找不到分类 {name}。</translation>
    </message>
    <message>
        <source>未知或已停用的部门：{name}</source>
        <translation>未知或已停用的部门：{name}</translation>
    </message>
    <message>
        <source>分类 {name} 已存在。</source>
        <translation>分类 {name} 已存在。</translation>
    </message>
    <message>
        <source>未知设置。</source>
        <translation>未知设置。</translation>
    </message>
    <message>
        <source>{department}是分类“{categories}”的默认主办部门，请先为这些分类另选默认主办部门。</source>
        <translation>{department}是分类“{categories}”的默认主办部门，请先为这些分类另选默认主办部门。</translation>
    </message>
    <message>
        <source>分类 {name} 的默认主办部门 {department} 已停用，请先另选。</source>
        <translation>分类 {name} 的默认主办部门 {department} 已停用，请先另选。</translation>
    </message>
    <message>
        <source>{column}只能填“是”或“否”（留空沿用上级），而不是“{value}”。</source>
        <translation>{column}只能填“是”或“否”（留空沿用上级），而不是“{value}”。</translation>
    </message>
    <message>
        <source>“办结须附处置后照片”只能是：是、否或沿用上级。</source>
        <translation>“办结须附处置后照片”只能是：是、否或沿用上级。</translation>
    </message>
    <message>
        <source>周次须写成“年-W周”，例如 2026-W47。</source>
        <translation>周次须写成“年-W周”，例如 2026-W47。</translation>
    </message>
    <message>
        <source>无法识别的周次：{text}（应写成“年-W周”，例如 2026-W47）。</source>
        <translation>无法识别的周次：{text}（应写成“年-W周”，例如 2026-W47）。</translation>
    </message>
    <message>
        <source>年份超出范围：{year}。</source>
        <translation>年份超出范围：{year}。</translation>
    </message>
    <message>
        <source>{year} 年只有第 1 至第 {last} 周，没有第 {week} 周。</source>
        <translation>{year} 年只有第 1 至第 {last} 周，没有第 {week} 周。</translation>
    </message>
    <message>
        <source>未知队列：{queue}</source>
        <translation>未知队列：{queue}</translation>
    </message>
    <message>
        <source>搜索内容必须是文字。</source>
        <translation>搜索内容必须是文字。</translation>
    </message>
    <message>
        <source>搜索内容过长（最多 {count} 个字符）。</source>
        <translation>搜索内容过长（最多 {count} 个字符）。</translation>
    </message>
    <message>
        <source>搜索内容含有非法字符。</source>
        <translation>搜索内容含有非法字符。</translation>
    </message>
    <message>
        <source>未知{label}：{value}</source>
        <translation>未知{label}：{value}</translation>
    </message>
    <message>
        <source>筛选条件无效。</source>
        <translation>筛选条件无效。</translation>
    </message>
    <message>
        <source>结束日期（{end}）早于开始日期（{start}）。</source>
        <translation>结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>无法按 {sort} 排序。</source>
        <translation>无法按 {sort} 排序。</translation>
    </message>
    <message>
        <source>排序方向无效。</source>
        <translation>排序方向无效。</translation>
    </message>
    <message>
        <source>一次最多读取 1000 行。</source>
        <translation>一次最多读取 1000 行。</translation>
    </message>
    <message>
        <source>找不到工单 {number}。</source>
        <translation>找不到工单 {number}。</translation>
    </message>
    <message>
        <source>受理日期无效：{value}</source>
        <translation>受理日期无效：{value}</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>诉求类型</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>{label}必须是文字。</source>
        <translation>{label}必须是文字。</translation>
    </message>
    <message>
        <source>{label}不能为空。</source>
        <translation>{label}不能为空。</translation>
    </message>
    <message>
        <source>{label}过长：{length} 个字符，最多 {count} 个。</source>
        <translation>{label}过长：{length} 个字符，最多 {count} 个。</translation>
    </message>
    <message>
        <source>{label}含有非法字符。</source>
        <translation>{label}含有非法字符。</translation>
    </message>
    <message>
        <source>联系电话必须是文字。</source>
        <translation>联系电话必须是文字。</translation>
    </message>
    <message>
        <source>联系电话“{phone}”不是有效的手机号或固定电话。</source>
        <translation>联系电话“{phone}”不是有效的手机号或固定电话。</translation>
    </message>
    <message>
        <source>未知社区：{name}（请从社区列表中选择；新社区由管理员添加）</source>
        <translation>未知社区：{name}（请从社区列表中选择；新社区由管理员添加）</translation>
    </message>
    <message>
        <source>12345工单号必须是文字。</source>
        <translation>12345工单号必须是文字。</translation>
    </message>
    <message>
        <source>12345工单号“{value}”格式不对（字母、数字和 - _ /，最多 32 个字符）。</source>
        <translation>12345工单号“{value}”格式不对（字母、数字和 - _ /，最多 32 个字符）。</translation>
    </message>
    <message>
        <source>{label}须为是或否。</source>
        <translation>{label}须为是或否。</translation>
    </message>
    <message>
        <source>未知字段：{fields}</source>
        <translation>未知字段：{fields}</translation>
    </message>
    <message>
        <source>未知{label}：{value}（可选：{allowed}）。</source>
        <translation>未知{label}：{value}（可选：{allowed}）。</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>已导入地图边界：%1</source>
        <translation>已导入地图边界：%1</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>与数据库的连接已断开，操作未保存。您填写的内容已保留，连接恢复后请再按“%1”。</source>
        <extracomment>What counts as a field for focus and for the Esc question.</extracomment>
        <translation>与数据库的连接已断开，操作未保存。您填写的内容已保留，连接恢复后请再按“%1”。</translation>
    </message>
    <message>
        <source>工单 %1：%2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>派单：%1（%2），当前%3</source>
        <translation>派单：%1（%2），当前%3</translation>
    </message>
    <message>
        <source>按办公室时间（%1）填写</source>
        <translation>按办公室时间（%1）填写</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>语言 / Language</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>中文系统显示中文，其他系统显示英文</source>
        <translation>中文系统显示中文，其他系统显示英文</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>待派</source>
        <extracomment>lupdate finds translate(&quot;context&quot;, &quot;literal&quot;) calls through this name.</extracomment>
        <translation>待派</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>待核实</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>已回访待结案</source>
        <translation>已回访待结案</translation>
    </message>
    <message>
        <source>待报到</source>
        <translation>待报到</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>已报到</translation>
    </message>
    <message>
        <source>已响应</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>退单申请中</source>
        <translation>退单申请中</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>吹哨派单</source>
        <translation>吹哨派单</translation>
    </message>
    <message>
        <source>核实</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>重办</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>申请退单</source>
        <translation>申请退单</translation>
    </message>
    <message>
        <source>审核退单</source>
        <translation>审核退单</translation>
    </message>
    <message>
        <source>撤回派单</source>
        <translation>撤回派单</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>申请挂起</source>
        <translation>申请挂起</translation>
    </message>
    <message>
        <source>审核申请</source>
        <translation>审核申请</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>处理督办</source>
        <translation>处理督办</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>受理员</source>
        <translation>受理员</translation>
    </message>
    <message>
        <source>督办员</source>
        <translation>督办员</translation>
    </message>
    <message>
        <source>部门联络员</source>
        <translation>部门联络员</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>项目负责人</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>市民观察员</source>
        <translation>市民观察员</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>特急</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>12345热线</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>媒体</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>求助</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>举报</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>不需回复</source>
        <translation>不需回复</translation>
    </message>
    <message>
        <source>延期申请中</source>
        <translation>延期申请中</translation>
    </message>
    <message>
        <source>挂起申请中</source>
        <translation>挂起申请中</translation>
    </message>
    <message>
        <source>已挂起</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 · 并入 %2</source>
        <translation>%1 · 并入 %2</translation>
    </message>
    <message>
        <source>已作为重复件并入 %1：跟随主工单的派单和状态办理，请在主工单上派单（或先拆分）；回访和结案仍单独进行。</source>
        <translation>已作为重复件并入 %1：跟随主工单的派单和状态办理，请在主工单上派单（或先拆分）；回访和结案仍单独进行。</translation>
    </message>
    <message>
        <source>退单申请审批期间计时继续：同意退单前，本部门仍按原时限办理。</source>
        <translation>退单申请审批期间计时继续：同意退单前，本部门仍按原时限办理。</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>主办</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>协办</source>
        <translation>协办</translation>
    </message>
    <message>
        <source>街道</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>本部门待报到</source>
        <translation>本部门待报到</translation>
    </message>
    <message>
        <source>退单待审</source>
        <translation>退单待审</translation>
    </message>
    <message>
        <source>待回头看</source>
        <translation>待回头看</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>核实通过</source>
        <translation>核实通过</translation>
    </message>
    <message>
        <source>核实未通过</source>
        <translation>核实未通过</translation>
    </message>
    <message>
        <source>超时升级</source>
        <translation>超时升级</translation>
    </message>
    <message>
        <source>申请关闭</source>
        <translation>申请关闭</translation>
    </message>
    <message>
        <source>合并重复件</source>
        <translation>合并重复件</translation>
    </message>
    <message>
        <source>拆分重复件</source>
        <translation>拆分重复件</translation>
    </message>
    <message>
        <source>不是重复件</source>
        <translation>不是重复件</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>删除附件</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>12345 导入</source>
        <translation>12345 导入</translation>
    </message>
    <message>
        <source>12345 平台更新</source>
        <translation>12345 平台更新</translation>
    </message>
    <message>
        <source>标注位置</source>
        <translation>标注位置</translation>
    </message>
    <message>
        <source>标注项目位置</source>
        <translation>标注项目位置</translation>
    </message>
    <message>
        <source>节点完成</source>
        <translation>节点完成</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>确认通报</source>
        <translation>确认通报</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>退单</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>联系到</source>
        <translation>联系到</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>承办部门联系过</source>
        <translation>承办部门联系过</translation>
    </message>
    <message>
        <source>办结期限</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>报到期限</source>
        <translation>报到期限</translation>
    </message>
    <message>
        <source>响应期限</source>
        <translation>响应期限</translation>
    </message>
    <message>
        <source>挂起时间</source>
        <translation>挂起时间</translation>
    </message>
    <message>
        <source>新办结期限</source>
        <translation>新办结期限</translation>
    </message>
    <message>
        <source>问题反弹</source>
        <translation>问题反弹</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>办公室名称</source>
        <translation>办公室名称</translation>
    </message>
    <message>
        <source>时区</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>工作时段</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <source>预警比例</source>
        <translation>预警比例</translation>
    </message>
    <message>
        <source>升级督办</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <source>升级通报</source>
        <translation>升级通报</translation>
    </message>
    <message>
        <source>挂起上限</source>
        <translation>挂起上限</translation>
    </message>
    <message>
        <source>核实时限</source>
        <translation>核实时限</translation>
    </message>
    <message>
        <source>回访时限</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source>回头看分类</source>
        <translation>回头看分类</translation>
    </message>
    <message>
        <source>回头看间隔</source>
        <translation>回头看间隔</translation>
    </message>
    <message>
        <source>基本满意权重</source>
        <translation>基本满意权重</translation>
    </message>
    <message>
        <source>计分方案</source>
        <translation>计分方案</translation>
    </message>
    <message>
        <source>排名最少回访数</source>
        <translation>排名最少回访数</translation>
    </message>
    <message>
        <source>排名窗口（周）</source>
        <translation>排名窗口（周）</translation>
    </message>
    <message>
        <source>黑榜满意率</source>
        <translation>黑榜满意率</translation>
    </message>
    <message>
        <source>重复诉求天数</source>
        <translation>重复诉求天数</translation>
    </message>
    <message>
        <source>重复件提示天数</source>
        <translation>重复件提示天数</translation>
    </message>
    <message>
        <source>通报整改期限</source>
        <translation>通报整改期限</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>主送</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>签发人</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>锁定前可输错次数</source>
        <translation>锁定前可输错次数</translation>
    </message>
    <message>
        <source>锁定时长（分钟）</source>
        <translation>锁定时长（分钟）</translation>
    </message>
    <message>
        <source>无操作锁屏（分钟）</source>
        <translation>无操作锁屏（分钟）</translation>
    </message>
    <message>
        <source>本机时间超前上限</source>
        <translation>本机时间超前上限</translation>
    </message>
    <message>
        <source>附件大小上限（MB）</source>
        <translation>附件大小上限（MB）</translation>
    </message>
    <message>
        <source>照片保存长边（像素）</source>
        <translation>照片保存长边（像素）</translation>
    </message>
    <message>
        <source>缩略图长边（像素）</source>
        <translation>缩略图长边（像素）</translation>
    </message>
    <message>
        <source>项目评分权重</source>
        <translation>项目评分权重</translation>
    </message>
    <message>
        <source>项目回头看（验收后月数）</source>
        <translation>项目回头看（验收后月数）</translation>
    </message>
    <message>
        <source>储备</source>
        <translation>储备</translation>
    </message>
    <message>
        <source>已列入清单</source>
        <translation>已列入清单</translation>
    </message>
    <message>
        <source>立项</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>招标</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>施工</source>
        <translation>施工</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>运维</source>
        <translation>运维</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>来自工单</source>
        <translation>来自工单</translation>
    </message>
    <message>
        <source>来自问题清单</source>
        <translation>来自问题清单</translation>
    </message>
    <message>
        <source>居民金点子</source>
        <translation>居民金点子</translation>
    </message>
    <message>
        <source>代表建议</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <source>部门计划</source>
        <translation>部门计划</translation>
    </message>
    <message>
        <source>赞成</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>已被取代</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>工单数</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>反映居民数</source>
        <translation>反映居民数</translation>
    </message>
    <message>
        <source>受益人数（每百人）</source>
        <translation>受益人数（每百人）</translation>
    </message>
    <message>
        <source>人均估算费用（千元，越低越好）</source>
        <translation>人均估算费用（千元，越低越好）</translation>
    </message>
    <message>
        <source>票决（赞成减反对）</source>
        <translation>票决（赞成减反对）</translation>
    </message>
    <message>
        <source>新建储备项目</source>
        <translation>新建储备项目</translation>
    </message>
    <message>
        <source>修改项目</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <source>修改项目关联工单</source>
        <translation>修改项目关联工单</translation>
    </message>
    <message>
        <source>项目票决</source>
        <translation>项目票决</translation>
    </message>
    <message>
        <source>项目阶段变更</source>
        <translation>项目阶段变更</translation>
    </message>
    <message>
        <source>取消项目</source>
        <translation>取消项目</translation>
    </message>
    <message>
        <source>列为项目来源</source>
        <translation>列为项目来源</translation>
    </message>
    <message>
        <source>移出项目来源</source>
        <translation>移出项目来源</translation>
    </message>
    <message>
        <source>编制年度清单</source>
        <translation>编制年度清单</translation>
    </message>
    <message>
        <source>批准年度清单</source>
        <translation>批准年度清单</translation>
    </message>
    <message>
        <source>登记预算和合同金额</source>
        <translation>登记预算和合同金额</translation>
    </message>
    <message>
        <source>登记拨付</source>
        <translation>登记拨付</translation>
    </message>
    <message>
        <source>登记设计变更</source>
        <translation>登记设计变更</translation>
    </message>
    <message>
        <source>审批设计变更</source>
        <translation>审批设计变更</translation>
    </message>
    <message>
        <source>登记参建单位</source>
        <translation>登记参建单位</translation>
    </message>
    <message>
        <source>设置测评题目</source>
        <translation>设置测评题目</translation>
    </message>
    <message>
        <source>录入测评答卷</source>
        <translation>录入测评答卷</translation>
    </message>
    <message>
        <source>登记验收结果</source>
        <translation>登记验收结果</translation>
    </message>
    <message>
        <source>项目验收回访</source>
        <translation>项目验收回访</translation>
    </message>
    <message>
        <source>项目回头看</source>
        <translation>项目回头看</translation>
    </message>
    <message>
        <source>项目进度</source>
        <translation>项目进度</translation>
    </message>
    <message>
        <source>施工日志</source>
        <translation>施工日志</translation>
    </message>
    <message>
        <source>质量安全巡查</source>
        <translation>质量安全巡查</translation>
    </message>
    <message>
        <source>项目文件</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>项目评论</source>
        <translation>项目评论</translation>
    </message>
    <message>
        <source>指派市民观察员</source>
        <translation>指派市民观察员</translation>
    </message>
    <message>
        <source>取消指派市民观察员</source>
        <translation>取消指派市民观察员</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>项目说明</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>安全底线</source>
        <translation>安全底线</translation>
    </message>
    <message>
        <source>受益人数</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>估算费用</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <source>来源工单</source>
        <translation>来源工单</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>票数</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>投票</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>年度清单</source>
        <translation>年度清单</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>（已登录时无法确认：请注销后重新登录，登录时可以确认。）</source>
        <extracomment>Carries a closure from the worker to the GUI thread (always queued). True while any operation is queued or running. An operation failed because the database cannot be reached (the core&apos;s message). Worker lanes: &quot;db&quot; (every database call, one at a time) and &quot;render&quot; (CPU work such as a PDF). Per lane, the ops waiting for its worker: (ops the user waits for, background ops), each in order. key -&gt; (fn, on_done) of each op in flight. The GUI thread holds the op&apos;s function and callback (and through them its widgets) until it has delivered the result, so that the last reference to a widget never dies on a worker thread: a QObject deleted there leaves its timers behind on the GUI thread, which then fire on freed memory (a crash seen in the dialog tests).</extracomment>
        <translation>（已登录时无法确认：请注销后重新登录，登录时可以确认。）</translation>
    </message>
    <message>
        <source>操作失败：程序遇到意外错误，详细信息已写入日志。请稍后重试或联系管理员。</source>
        <translation>操作失败：程序遇到意外错误，详细信息已写入日志。请稍后重试或联系管理员。</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>无法完成操作</translation>
    </message>
</context>
<context>
    <name>orgadmin</name>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>导入 12345 工单</source>
        <extracomment>The combo&apos;s first entry: the field is not taken from the file.</extracomment>
        <translation>导入 12345 工单</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>项目 %1：%2</source>
        <extracomment>Origins a project made by hand has (the others come with their tickets). What separates names typed in one field: spaces, commas and semicolons (also the full-width ，、；).</extracomment>
        <translation>项目 %1：%2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 万元</source>
        <extracomment>The safety bottom line&apos;s colour (it ranks a project above every other).</extracomment>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>安全底线 · %1</source>
        <translation>安全底线 · %1</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>节点</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>主办部门</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>计划完成</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>实际完成</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>整改：%1</source>
        <extracomment>The states a row is drawn in (Bar.state). A row was clicked: its milestone&apos;s id.</extracomment>
        <translation>整改：%1</translation>
    </message>
    <message>
        <source>（待报到：%1）</source>
        <translation>（待报到：%1）</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>添加照片或文件…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <source>选择照片或文件</source>
        <translation>选择照片或文件</translation>
    </message>
    <message>
        <source>照片或 PDF (*.jpg *.jpeg *.png *.heic *.pdf)</source>
        <translation>照片或 PDF (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>触及安全底线：排在所有未触及安全底线的项目之前，不论评分</source>
        <translation>触及安全底线：排在所有未触及安全底线的项目之前，不论评分</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>权重</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>关联的来源工单数</source>
        <translation>关联的来源工单数</translation>
    </message>
    <message>
        <source>来源工单中不同的反映人（按电话号码；无电话的工单各算一人）</source>
        <translation>来源工单中不同的反映人（按电话号码；无电话的工单各算一人）</translation>
    </message>
    <message>
        <source>来源工单的平均紧急程度：一般 1、紧急 2、特急 3</source>
        <translation>来源工单的平均紧急程度：一般 1、紧急 2、特急 3</translation>
    </message>
    <message>
        <source>受益人数除以 100</source>
        <translation>受益人数除以 100</translation>
    </message>
    <message>
        <source>负的人均估算费用（千元）：人均越省得分越高；未估算时为 0</source>
        <translation>负的人均估算费用（千元）：人均越省得分越高；未估算时为 0</translation>
    </message>
    <message>
        <source>各次票决的赞成票减反对票</source>
        <translation>各次票决的赞成票减反对票</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>投票人</source>
        <translation>投票人</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>关联 %1</source>
        <translation>关联 %1</translation>
    </message>
    <message>
        <source>移除 %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1：%2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1（说明：%2）</source>
        <translation>%1（说明：%2）</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>编制</source>
        <translation>编制</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>未批准</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>无需整改</source>
        <translation>无需整改</translation>
    </message>
    <message>
        <source>整改中（回头看发现问题）</source>
        <translation>整改中（回头看发现问题）</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>拨付日期</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>变更金额</source>
        <translation>变更金额</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>答案统计</source>
        <translation>答案统计</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>应回头看</source>
        <translation>应回头看</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>需重新整改</source>
        <translation>需重新整改</translation>
    </message>
    <message>
        <source>待进行</source>
        <translation>待进行</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>阶段：%1 · 主办：%2</source>
        <translation>阶段：%1 · 主办：%2</translation>
    </message>
    <message>
        <source>计划：%1 → %2</source>
        <translation>计划：%1 → %2</translation>
    </message>
    <message>
        <source>实际完成：%1（按期）</source>
        <translation>实际完成：%1（按期）</translation>
    </message>
    <message>
        <source>实际完成：%1（超期 %2 天）</source>
        <translation>实际完成：%1（超期 %2 天）</translation>
    </message>
    <message>
        <source>未完成，已超期 %1 天</source>
        <translation>未完成，已超期 %1 天</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>尚未安排节点</source>
        <translation>尚未安排节点</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>超期未完成</source>
        <translation>超期未完成</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>超期完成</source>
        <translation>超期完成</translation>
    </message>
</context>
<context>
    <name>repeats</name>
    <message>
        <source>同一来电号码</source>
        <extracomment>Typed characters (title and description together) before anything is asked.</extracomment>
        <translation>同一来电号码</translation>
    </message>
    <message>
        <source>地址相近</source>
        <translation>地址相近</translation>
    </message>
    <message>
        <source>同一社区</source>
        <translation>同一社区</translation>
    </message>
    <message>
        <source>同一分类</source>
        <translation>同一分类</translation>
    </message>
    <message>
        <source>内容相似</source>
        <translation>内容相似</translation>
    </message>
    <message>
        <source>人工选择</source>
        <translation>人工选择</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>并入主工单 %1</source>
        <translation>并入主工单 %1</translation>
    </message>
    <message>
        <source>%1 作为重复件并入，共 %2 位居民反映</source>
        <translation>%1 作为重复件并入，共 %2 位居民反映</translation>
    </message>
    <message>
        <source>已确认不同：%1</source>
        <translation>已确认不同：%1</translation>
    </message>
    <message>
        <source>从主工单 %1 拆分</source>
        <translation>从主工单 %1 拆分</translation>
    </message>
    <message>
        <source>拆分出 %1</source>
        <translation>拆分出 %1</translation>
    </message>
    <message>
        <source>与 %1 不是同一问题</source>
        <translation>与 %1 不是同一问题</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>已并入 %1</source>
        <translation>已并入 %1</translation>
    </message>
    <message>
        <source>受理时确认不是重复件</source>
        <translation>受理时确认不是重复件</translation>
    </message>
    <message>
        <source>未能并入：%1</source>
        <translation>未能并入：%1</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>%1（%2月%3日–%4月%5日）</source>
        <extracomment>The scheduler&apos;s check interval, and when on Monday (office time) last week&apos;s report becomes due. After a failed automatic run, wait this long before trying again. Printing renders each page as an image at most this fine.</extracomment>
        <translation>%1（%2月%3日–%4月%5日）</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>通报-%1.pdf</source>
        <translation>通报-%1.pdf</translation>
    </message>
    <message>
        <source>部门工作单-%1.pdf</source>
        <translation>部门工作单-%1.pdf</translation>
    </message>
    <message>
        <source>附表-%1.xlsx</source>
        <translation>附表-%1.xlsx</translation>
    </message>
    <message>
        <source>已取消生成周报。</source>
        <translation>已取消生成周报。</translation>
    </message>
    <message>
        <source>周报-%1.json</source>
        <translation>周报-%1.json</translation>
    </message>
</context>
<context>
    <name>standards</name>
    <message>
        <source>已按分类“%1”的立结案标准预选主办、协办部门，可修改。</source>
        <translation>已按分类“%1”的立结案标准预选主办、协办部门，可修改。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>已导入 12345 工单：新增 %1 张（批次 %2）</source>
        <translation>已导入 12345 工单：新增 %1 张（批次 %2）</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>数据库中已经有账户，不能再创建首个管理员。请用已有账户登录。</source>
        <translation>数据库中已经有账户，不能再创建首个管理员。请用已有账户登录。</translation>
    </message>
</context>
</TS>
