//! Accounts: registering, both ways of signing in, password reset, limits
//! on attempts, signing out everywhere, and never telling who has an account.

use crate::helpers::{backends, spawn_app, spawn_app_with};
use crate::residents::{errors, link_path, urlencode};

#[tokio::test]
async fn registering_sends_a_link_that_confirms_the_address_and_signs_in_once() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let before = app.get("/account").await;
        assert_eq!(before.status, 303);
        assert_eq!(before.header("location"), "/sign-in?next=/account");

        let registered = app
            .post_form(
                "/register",
                "full_name=%E6%9D%8E%E6%98%8E&email=Li.Ming%40Example.cn&email_language=zh-CN",
            )
            .await;
        assert_eq!(registered.status, 303, "{}", registered.body);
        assert_eq!(registered.header("location"), "/check-email?for=register");
        let mail = app.last_mail_to("li.ming@example.cn").await;
        assert_eq!(mail.recipient, "li.ming@example.cn");
        assert_eq!(mail.subject, "您的登录链接");
        assert!(mail.body.contains("李明"), "{}", mail.body);
        let link = link_path(&mail.body);
        assert!(link.starts_with("/sign-in/link/"), "{link}");

        // Opening the link (as mail scanners do) does not use it up.
        let page = app.get(&link).await;
        assert_eq!(page.status, 200);
        assert!(
            page.body.contains("<form method=\"post\""),
            "a button to finish signing in"
        );
        assert_eq!(app.get(&link).await.status, 200);

        let signed_in = app.post_form(&link, "").await;
        assert_eq!(signed_in.status, 303, "{}", signed_in.body);
        assert_eq!(signed_in.header("location"), "/account?done=signed-in");
        assert!(
            signed_in.header("set-cookie").contains("session="),
            "a new session id at sign-in"
        );
        let account = app.get("/account").await;
        assert_eq!(account.status, 200);
        assert!(account.body.contains("李明"));
        assert!(account.body.contains("li.ming@example.cn"));

        let again = app.other_browser().post_form(&link, "").await;
        assert_eq!(again.status, 410, "a link works once");
    }
}

#[tokio::test]
async fn the_same_answer_whether_or_not_an_address_has_an_account() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Wang Fang", "wang@example.cn").await;
        let visitor = app.other_browser();

        let again = visitor
            .post_form(
                "/register",
                "full_name=Someone&email=wang%40example.cn&email_language=en",
            )
            .await;
        let new = visitor
            .post_form(
                "/register",
                "full_name=Someone&email=new%40example.cn&email_language=en",
            )
            .await;
        assert_eq!(again.status, new.status);
        assert_eq!(again.header("location"), new.header("location"));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM resident_account WHERE email = 'wang@example.cn'")
                .await,
            1
        );
        assert_eq!(
            app.last_mail_to("wang@example.cn").await.subject,
            "You already have an account"
        );

        let known = visitor
            .post_form("/sign-in/link", "link_email=wang%40example.cn")
            .await;
        let unknown = visitor
            .post_form("/sign-in/link", "link_email=nobody%40example.cn")
            .await;
        assert_eq!(known.header("location"), unknown.header("location"));
        assert!(app.mails_to("nobody@example.cn").await.is_empty());

        app.set_password("a long enough password").await;
        let wrong = visitor
            .post_form("/sign-in", "email=wang%40example.cn&password=not+the+password")
            .await;
        let no_account = visitor
            .post_form("/sign-in", "email=nobody%40example.cn&password=not+the+password")
            .await;
        assert_eq!(wrong.status, 422);
        assert_eq!(errors(&wrong.body), errors(&no_account.body));
        assert!(
            wrong.body.contains("value=\"wang@example.cn\""),
            "the email is kept"
        );
        assert!(!wrong.body.contains("not+the+password") && !wrong.body.contains("not the password"));
    }
}

#[tokio::test]
async fn password_sign_in_with_limits_on_failed_attempts() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Zhao Lei", "zhao@example.cn").await;
        let short = app.post_form("/account/password", "password=short").await;
        assert_eq!(short.status, 422);
        assert!(errors(&short.body).contains("#password "));
        app.set_password("长城长江黄河泰山").await;

        let other = app.other_browser();
        let good = format!(
            "email=zhao%40example.cn&password={}",
            urlencode("长城长江黄河泰山")
        );
        let signed_in = other
            .post_form("/sign-in", &format!("{good}&next=%2Fapplications"))
            .await;
        assert_eq!(signed_in.status, 303, "{}", signed_in.body);
        assert_eq!(signed_in.header("location"), "/applications");

        let attacker = app.other_browser();
        for _ in 0..5 {
            let wrong = attacker
                .post_form("/sign-in", "email=zhao%40example.cn&password=guess1234")
                .await;
            assert_eq!(wrong.status, 422);
        }
        let locked = attacker.post_form("/sign-in", &good).await;
        assert_eq!(locked.status, 422, "even the right password waits while locked");
        assert!(
            errors(&locked.body).contains("之后再试"),
            "says when to try again: {}",
            errors(&locked.body)
        );
        assert_eq!(attacker.get("/account").await.status, 303);
    }
}

#[tokio::test]
async fn resetting_the_password_by_email_signs_out_everywhere_else() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Chen Jing", "chen@example.cn").await;
        let phone = app.other_browser();
        let reset = phone
            .post_form("/password-reset", "email=chen%40example.cn")
            .await;
        assert_eq!(reset.header("location"), "/check-email?for=reset");
        let mail = app.last_mail_to("chen@example.cn").await;
        assert_eq!(mail.subject, "Set a new password");
        let link = link_path(&mail.body);
        assert!(link.starts_with("/password-reset/"));
        assert_eq!(phone.get(&link).await.status, 200);
        assert_eq!(phone.post_form(&link, "password=short").await.status, 422);
        let done = phone.post_form(&link, "password=a+brand+new+password").await;
        assert_eq!(done.status, 303, "{}", done.body);
        assert_eq!(
            phone.get("/account").await.status,
            200,
            "signed in after the reset"
        );
        assert_eq!(
            app.get("/account").await.status,
            303,
            "the other session has ended"
        );
        assert_eq!(
            phone
                .post_form(&link, "password=another+new+password")
                .await
                .status,
            410
        );
        assert_eq!(
            app.last_mail_to("chen@example.cn").await.subject,
            "Your password has been changed"
        );

        let fresh = app.other_browser();
        let signed_in = fresh
            .post_form(
                "/sign-in",
                "email=chen%40example.cn&password=a+brand+new+password",
            )
            .await;
        assert_eq!(signed_in.status, 303);
    }
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Liu Yang", "liu@example.cn").await;
        let second = app.other_browser();
        second
            .post_form("/sign-in/link", "link_email=liu%40example.cn")
            .await;
        let link = link_path(&app.last_mail_to("liu@example.cn").await.body);
        assert_eq!(second.post_form(&link, "").await.status, 303);
        assert_eq!(second.get("/account").await.status, 200);

        let out = app.post_form("/sign-out-everywhere", "").await;
        assert_eq!(out.header("location"), "/signed-out?everywhere=1");
        assert_eq!(app.get("/account").await.status, 303);
        assert_eq!(second.get("/account").await.status, 303);
    }
}

#[tokio::test]
async fn forms_say_what_to_fix_and_keep_what_was_typed() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app
            .post_form("/register", "full_name=&email=not-an-email&email_language=xx")
            .await;
        assert_eq!(page.status, 422);
        let summary = errors(&page.body);
        assert!(summary.contains("#full_name "));
        assert!(summary.contains("#email "));
        assert!(summary.contains("#email_language "));
        assert!(page.body.contains("value=\"not-an-email\""));
        assert!(page.title().starts_with("错误："), "{}", page.title());
        for (path, body) in [
            ("/sign-in", "email=&password="),
            ("/sign-in/link", "link_email=%FF%FE"),
            ("/password-reset", "email=@"),
        ] {
            let page = app.post_form(path, body).await;
            assert_eq!(page.status, 422, "{path} {}", page.body);
            assert!(!errors(&page.body).is_empty(), "{path}");
        }
        for path in ["/sign-in/link/not-a-token", "/password-reset/x"] {
            assert_eq!(app.get(path).await.status, 410, "{path}");
        }
    }
}

#[tokio::test]
async fn many_people_registering_at_once_all_get_an_answer() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..12 {
            let (client, url, origin) = (app.client.clone(), app.url("/register"), app.address.clone());
            tasks.spawn(async move {
                client
                    .post(url)
                    .header("origin", origin)
                    .header("sec-fetch-site", "same-origin")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(format!(
                        "full_name=P{i}&email=p{i}%40example.cn&email_language=en"
                    ))
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
            });
        }
        while let Some(status) = tasks.join_next().await {
            assert_eq!(status.unwrap().unwrap(), 303, "{}", app.backend);
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM resident_account").await, 12);
        assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 12);
    }
}

#[tokio::test]
async fn asking_for_too_many_emails_says_when_to_try_again() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for _ in 0..5 {
            let asked = app
                .post_form("/sign-in/link", "link_email=busy%40example.cn")
                .await;
            assert_eq!(asked.status, 303);
        }
        let limited = app
            .post_form("/sign-in/link", "link_email=busy%40example.cn")
            .await;
        assert_eq!(limited.status, 422);
        let summary = errors(&limited.body);
        assert!(
            summary.contains("#link_email ") && summary.contains("之后再试"),
            "{summary}"
        );
        assert!(limited.body.contains("value=\"busy@example.cn\""));
        let other = app
            .post_form("/sign-in/link", "link_email=calm%40example.cn")
            .await;
        assert_eq!(other.status, 303, "another address is not limited");
    }
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit() {
    for backend in backends() {
        let app = spawn_app_with(backend, &[("PORTAL_TRUSTED_PROXIES", "127.0.0.1")]).await;
        let attempt = |i: usize, client: &'static str| {
            let body = format!("email=person{i}%40example.cn&password=wrong+password");
            let app = &app;
            async move {
                app.post_form_with(
                    "/sign-in",
                    &body,
                    &[
                        ("origin", &app.address),
                        ("sec-fetch-site", "same-origin"),
                        ("x-forwarded-for", client),
                    ],
                )
                .await
            }
        };
        for i in 0..19 {
            let page = attempt(i, "198.51.100.1").await;
            assert!(
                !errors(&page.body).contains("之后再试"),
                "attempt {i}: {}",
                errors(&page.body)
            );
        }
        let limited = attempt(19, "198.51.100.1").await;
        assert!(
            errors(&limited.body).contains("之后再试"),
            "the 20th failure from one client locks it"
        );
        let other = attempt(21, "198.51.100.2").await;
        assert!(
            !errors(&other.body).contains("之后再试"),
            "another client behind the same proxy is not"
        );
    }
}
