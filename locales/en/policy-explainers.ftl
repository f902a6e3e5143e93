## Policy explainers: what changed, who it is for, what to do

policy-explainers-what-changed = What changed
policy-explainers-who-for = Who it is for
policy-explainers-what-to-do = What to do
policy-explainers-in-full = The policy in full

## Staff: writing a policy explainer

policy-explainers-what-changed-zh = What changed, in Chinese
policy-explainers-what-changed-en = What changed, in English
policy-explainers-what-changed-hint = What is new or different from before, and from when. The same markup as the text below.
policy-explainers-what-changed-zh-error = Enter what changed, in Chinese
policy-explainers-who-for-zh = Who it is for, in Chinese
policy-explainers-who-for-en = Who it is for, in English
policy-explainers-who-for-hint = Who the policy applies to, for example which disability certificate or which age. The same markup as the text below.
policy-explainers-who-for-zh-error = Enter who it is for, in Chinese
policy-explainers-what-to-do-zh = What to do, in Chinese
policy-explainers-what-to-do-en = What to do, in English
policy-explainers-what-to-do-hint = The steps a reader takes: where to apply, what to bring, by when. A numbered list suits steps. The same markup as the text below.
policy-explainers-what-to-do-zh-error = Enter what to do, in Chinese
