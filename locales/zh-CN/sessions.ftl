## Time limits: when a signed-in session ends, staying signed in, and what a page says after a session ended

idle-region-label = 登录时间
# $minutes: minutes without activity; $time: the local time it ends, e.g. 10:42
idle-ends = 为保护您的信息，如果 { $minutes } 分钟没有操作，您将被退出（约 { $time }）。
idle-stay = 保持登录
idle-warning = 您将在约 2 分钟后因长时间未操作而退出。要继续，请选择“保持登录”。
idle-extended = 您仍处于登录状态，登录时间已重新开始计算。
idle-ended-now = 您已因长时间未操作而退出。要继续，请重新登录；已发送的内容不会丢失。
idle-ended-heading = 为保护您的信息
idle-ended = 您已因长时间未操作而退出，请重新登录。
idle-ended-form-kept = 您已因长时间未操作而退出，请重新登录；您填写的内容已保存，登录后会重新填好（上传的文件需要重新选择）。
check-answers-forgotten = 您超过 60 分钟没有操作，为保护您的信息，自查中之前的回答已被清除。请从头重新回答。
staff-code-timed-out = 输入密码后 10 分钟内没有输入验证码，为安全起见需要重新输入密码。登录后会回到您原来要打开的页面。
staff-session-lifetime-ended = 您已登录 10 小时，达到工作人员登录的最长时间，为安全起见请重新登录。登录后会回到您原来要打开的页面。
