//! An item's files: the sign-language video (streamed to storage, served in
//! byte ranges), its captions and transcript, attachments with their type
//! and size in the link text, files served only while the item is live,
//! uploads refused by content and by size (nothing left behind), and
//! "request another format" reaching content editors as a task.

use crate::helpers::{backends, spawn_app_at, Backend, Page, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::{staff_member, Staffer};
use app::domain::staff::Role;
use app::web::clock::Clock;
use chrono::{Duration, TimeZone, Utc};
use reqwest::multipart::{Form, Part};

/// 2026-12-01 10:00 in Chongqing.
fn start() -> Clock {
    Clock::manual(Utc.with_ymd_and_hms(2026, 12, 1, 2, 0, 0).unwrap())
}

async fn spawn(backend: Backend) -> TestApp {
    spawn_app_at(backend, &[], start()).await
}

const MP4_HEAD: &[u8] = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom";
const CAPTIONS: &str = "WEBVTT\n\n00:00.000 --> 00:02.000\n欢迎观看手语视频\n";

fn mp4(len: usize) -> Vec<u8> {
    let mut bytes = MP4_HEAD.to_vec();
    bytes.extend((0..len.saturating_sub(MP4_HEAD.len())).map(|i| (i % 251) as u8));
    bytes
}

fn pdf(len: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.resize(len, b'%');
    bytes
}

fn id_in(location: &str) -> i32 {
    location
        .trim_start_matches("/staff/articles/")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("an id in {location}"))
}

async fn editors(app: &TestApp) -> (Staffer, Staffer) {
    let first = staff_member(app, "writer@example.org", Role::ContentEditor, "jiangbei").await;
    let second = staff_member(app, "reader@example.org", Role::ContentEditor, "jiangbei").await;
    (first, second)
}

/// A news draft by `writer`; its id.
async fn draft(writer: &Staffer, title: &str) -> i32 {
    let form = format!(
        "kind=news&action=save&title_zh={}&title_en=&easy_read_zh={}&easy_read_en=&body_zh={}&body_en=&change_note_zh=&change_note_en=",
        urlencode(title),
        urlencode("残疾人证办理有变化。"),
        urlencode("详细说明见附件。")
    );
    let created = writer.browser.post_form("/staff/articles/new", &form).await;
    assert_eq!(created.status, 303, "{}", errors(&created.body));
    id_in(created.header("location"))
}

/// Submitted by the writer and published now by the reader.
async fn publish(writer: &Staffer, reader: &Staffer, id: i32) {
    let submitted = writer
        .browser
        .post_form(&format!("/staff/articles/{id}/submit"), "")
        .await;
    assert_eq!(submitted.status, 303);
    let published = reader
        .browser
        .post_form(
            &format!("/staff/articles/{id}/publish"),
            "publish_date=&publish_time=",
        )
        .await;
    assert_eq!(
        published.header("location"),
        format!("/staff/articles/{id}?done=published")
    );
}

/// Sends a multipart form from one of our own pages.
async fn upload(
    browser: &TestApp,
    path: &str,
    file_field: &str,
    name: &str,
    bytes: Vec<u8>,
    fields: &[(&str, &str)],
) -> Page {
    let mut form = Form::new();
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    form = form.part(
        file_field.to_string(),
        Part::bytes(bytes).file_name(name.to_string()),
    );
    let response = browser
        .client
        .post(browser.url(path))
        .header("origin", &browser.address)
        .header("sec-fetch-site", "same-origin")
        .multipart(form)
        .send()
        .await
        .expect("POST multipart");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    Page {
        status,
        headers,
        body: response.text().await.unwrap_or_default(),
    }
}

fn stored_files(app: &TestApp) -> Vec<String> {
    std::fs::read_dir(app.dir.path().join("uploads"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    app.count(sql).await
}

/// The id of the newest file of `role`.
async fn file_id(app: &TestApp, role: &str) -> i32 {
    count(
        app,
        &format!("SELECT CAST(MAX(id) AS BIGINT) FROM article_file WHERE role = '{role}'"),
    )
    .await as i32
}

/// Uploads a video, Chinese captions, a transcript and an attachment to article `id`.
async fn add_everything(editor: &Staffer, id: i32) {
    let base = format!("/staff/articles/{id}/files");
    let video = upload(
        &editor.browser,
        &format!("{base}/video"),
        "video",
        "手语.mp4",
        mp4(300_000),
        &[],
    )
    .await;
    assert_eq!(video.status, 303, "{}", errors(&video.body));
    assert_eq!(video.header("location"), format!("{base}?done=uploaded"));
    let captions = upload(
        &editor.browser,
        &format!("{base}/captions"),
        "captions",
        "字幕.vtt",
        CAPTIONS.as_bytes().to_vec(),
        &[("captions_language", "zh")],
    )
    .await;
    assert_eq!(captions.status, 303, "{}", errors(&captions.body));
    let transcript = editor
        .browser
        .post_form(
            &format!("{base}/transcript"),
            &format!(
                "transcript_zh={}&transcript_en={}",
                urlencode("大家好。\n今天介绍残疾人证的办理。"),
                urlencode("Hello.")
            ),
        )
        .await;
    assert_eq!(transcript.status, 303, "{}", errors(&transcript.body));
    let attachment = upload(
        &editor.browser,
        &format!("{base}/attachments"),
        "attachment",
        "form.pdf",
        pdf(245 * 1024 - 100),
        &[("title_zh", "申请表"), ("title_en", "Application form")],
    )
    .await;
    assert_eq!(attachment.status, 303, "{}", errors(&attachment.body));
}

#[tokio::test]
async fn article_files_show_on_the_public_item_with_captions_transcript_and_sized_links() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let id = draft(&writer, "残疾人证新规").await;
        let edit = writer.browser.get(&format!("/staff/articles/{id}")).await;
        assert!(
            edit.body.contains(&format!("/staff/articles/{id}/files")),
            "linked from the article"
        );
        publish(&writer, &reader, id).await;
        let page = writer.browser.get(&format!("/staff/articles/{id}/files")).await;
        assert_eq!(page.status, 200);
        assert!(
            page.body.contains("at once") || page.body.contains("立即"),
            "the hint says changes show at once"
        );
        assert_eq!(
            page.html().count("progress"),
            page.html()
                .attrs("progress", "id")
                .iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            "each upload form has its own progress bar id"
        );
        add_everything(&writer, id).await;
        let files_page = writer.browser.get(&format!("/staff/articles/{id}/files")).await;
        assert!(
            files_page.body.contains("今天介绍残疾人证的办理。</textarea>"),
            "the stored transcript fills its form"
        );

        let public = app.get(&format!("/news/{id}")).await;
        assert_eq!(public.status, 200);
        let body = &public.body;
        let video = crate::helpers::between(body, "<video", "</video>").expect("a video");
        assert!(
            video.contains("controls") && video.contains("preload=\"metadata\""),
            "{video}"
        );
        assert!(!video.contains("autoplay"), "{video}");
        let video_id = file_id(&app, "video").await;
        let captions_id = file_id(&app, "captions_zh").await;
        let attachment_id = file_id(&app, "attachment").await;
        assert!(
            video.contains(&format!("src=\"/files/{video_id}\"")) && video.contains("type=\"video/mp4\""),
            "{video}"
        );
        assert!(
            video.contains(&format!(
                "<track kind=\"captions\" src=\"/files/{captions_id}\" srclang=\"zh-CN\" label=\"中文字幕\" default"
            )),
            "{video}"
        );
        assert!(body.contains("下载手语视频"), "a download link");
        assert!(body.contains("（MP4 视频，293 KB）"), "{body}");
        assert!(body.contains("今天介绍残疾人证的办理。"), "the transcript");
        let links = public.html().links(".attachment-list__item a");
        assert!(
            links.contains(&(
                format!("/files/{attachment_id}"),
                "申请表（PDF，245 KB）".to_string()
            )),
            "{links:?}"
        );
        assert!(
            body.contains(&format!("/information/{id}/request-format?file={attachment_id}")),
            "{body}"
        );
        // The easy-read summary comes first, then the sign-language version.
        assert!(body.find("easy-read-heading") < body.find("video-section-heading"));

        let english = app
            .get_with(&format!("/news/{id}"), &[("cookie", "lang=en")])
            .await;
        let links = english.html().links(".attachment-list__item a");
        assert!(
            links.contains(&(
                format!("/files/{attachment_id}"),
                "Application form (PDF, 245 KB)".to_string()
            )),
            "{links:?}"
        );
        assert!(english.body.contains("Hello."), "the English transcript");

        let pdf_file = app.get(&format!("/files/{attachment_id}")).await;
        assert_eq!(pdf_file.status, 200);
        assert_eq!(pdf_file.header("content-type"), "application/pdf");
        assert!(pdf_file.header("content-disposition").starts_with("attachment;"));
        assert_eq!(pdf_file.header("x-content-type-options"), "nosniff");
        let vtt = app.get(&format!("/files/{captions_id}")).await;
        assert_eq!(vtt.header("content-type"), "text/vtt; charset=utf-8");
        assert!(vtt.header("content-disposition").starts_with("inline;"));
        assert_eq!(vtt.body, CAPTIONS);

        // A player seeks with Range.
        let whole = app.get(&format!("/files/{video_id}")).await;
        assert_eq!(whole.status, 200);
        assert_eq!(whole.header("accept-ranges"), "bytes");
        assert_eq!(whole.header("content-length"), "300000");
        let part = app
            .client
            .get(app.url(&format!("/files/{video_id}")))
            .header("range", "bytes=4-11")
            .header("accept-encoding", "gzip")
            .send()
            .await
            .expect("GET a range");
        assert_eq!(part.status().as_u16(), 206);
        assert_eq!(
            part.headers()["content-range"].to_str().unwrap(),
            "bytes 4-11/300000"
        );
        assert!(
            part.headers().get("content-encoding").is_none(),
            "never compressed"
        );
        assert_eq!(part.bytes().await.unwrap().as_ref(), b"ftypmp42");
        let beyond = app
            .get_with(&format!("/files/{video_id}"), &[("range", "bytes=300000-")])
            .await;
        assert_eq!(beyond.status, 416);
        assert_eq!(beyond.header("content-range"), "bytes */300000");

        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'upload_article_file'"
            )
            .await,
            3
        );
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'edit_transcript'"
            )
            .await,
            1
        );

        // Removing the video removes its captions, from the page and from storage.
        let removed = writer
            .browser
            .post_form(&format!("/staff/articles/{id}/files/{video_id}/remove"), "")
            .await;
        assert_eq!(removed.status, 303, "{}", removed.body);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM article_file").await, 1);
        assert_eq!(stored_files(&app).len(), 1, "{:?}", stored_files(&app));
        let after = app.get(&format!("/news/{id}")).await;
        assert!(!after.body.contains("<video") && after.body.contains("申请表"));
        assert_eq!(app.get(&format!("/files/{video_id}")).await.status, 404);
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'remove_article_file'"
            )
            .await,
            1
        );
    }
}

#[tokio::test]
async fn article_files_wrong_types_bad_captions_and_files_too_big_are_refused_and_nothing_kept() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, _) = editors(&app).await;
        let id = draft(&writer, "附件测试").await;
        let base = format!("/staff/articles/{id}/files");
        let browser = &writer.browser;

        let not_video = upload(
            browser,
            &format!("{base}/video"),
            "video",
            "clip.mp4",
            pdf(5000),
            &[],
        )
        .await;
        assert_eq!(not_video.status, 422);
        assert!(
            errors(&not_video.body).contains("#video ") && errors(&not_video.body).contains("MP4"),
            "{}",
            errors(&not_video.body)
        );
        assert!(
            not_video
                .body
                .contains("aria-describedby=\"video-hint video-error\""),
            "the error is linked"
        );

        let video = upload(
            browser,
            &format!("{base}/video"),
            "video",
            "clip.webm",
            [
                0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 1, 0x42, 0xF7, 0x81, 1,
            ]
            .to_vec(),
            &[],
        )
        .await;
        assert_eq!(video.status, 303, "{}", errors(&video.body));

        let srt = upload(
            browser,
            &format!("{base}/captions"),
            "captions",
            "captions.srt",
            b"1\n00:00:00,000 --> 00:00:01,000\nHello\n".to_vec(),
            &[("captions_language", "en")],
        )
        .await;
        assert_eq!(srt.status, 422);
        assert!(errors(&srt.body).contains("WEBVTT"), "{}", errors(&srt.body));
        let not_utf8 = upload(
            browser,
            &format!("{base}/captions"),
            "captions",
            "gbk.vtt",
            b"WEBVTT\n\n00:00.000 --> 00:01.000\n\xc4\xe3\xba\xc3\n".to_vec(),
            &[("captions_language", "zh")],
        )
        .await;
        assert_eq!(not_utf8.status, 422);
        assert!(
            errors(&not_utf8.body).contains("UTF-8"),
            "{}",
            errors(&not_utf8.body)
        );
        let no_language = upload(
            browser,
            &format!("{base}/captions"),
            "captions",
            "a.vtt",
            CAPTIONS.as_bytes().to_vec(),
            &[],
        )
        .await;
        assert_eq!(no_language.status, 422);
        assert!(
            errors(&no_language.body).contains("#captions_language "),
            "{}",
            errors(&no_language.body)
        );

        let exe = upload(
            browser,
            &format!("{base}/attachments"),
            "attachment",
            "setup.docx",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff".to_vec(),
            &[("title_zh", "安装程序")],
        )
        .await;
        assert_eq!(exe.status, 422);
        assert!(
            errors(&exe.body).contains("#attachment "),
            "{}",
            errors(&exe.body)
        );
        assert!(exe.body.contains("value=\"安装程序\""), "the title is kept");
        let untitled = upload(
            browser,
            &format!("{base}/attachments"),
            "attachment",
            "a.pdf",
            pdf(2000),
            &[("title_zh", "")],
        )
        .await;
        assert_eq!(untitled.status, 422);
        assert!(
            errors(&untitled.body).contains("#title_zh "),
            "{}",
            errors(&untitled.body)
        );

        // Over the 20 MB limit but within the route's body limit: stopped
        // while it streams, and the partial file removed.
        let big = upload(
            browser,
            &format!("{base}/attachments"),
            "attachment",
            "big.pdf",
            pdf(20 * 1024 * 1024 + 10 * 1024),
            &[("title_zh", "大文件")],
        )
        .await;
        assert_eq!(big.status, 422);
        assert!(errors(&big.body).contains("20 MB"), "{}", errors(&big.body));
        // Far over: refused before reading.
        let huge = upload(
            browser,
            &format!("{base}/attachments"),
            "attachment",
            "huge.pdf",
            pdf(22 * 1024 * 1024),
            &[("title_zh", "大文件")],
        )
        .await;
        assert_eq!(huge.status, 422);
        assert!(errors(&huge.body).contains("20 MB"), "{}", errors(&huge.body));

        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM article_file").await,
            1,
            "only the video"
        );
        assert_eq!(
            stored_files(&app).len(),
            1,
            "no partial or refused file is left: {:?}",
            stored_files(&app)
        );
        assert!(stored_files(&app).iter().all(|f| !f.ends_with(".partial")));
    }
}

#[tokio::test]
async fn article_files_are_served_only_while_their_item_is_live() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let id = draft(&writer, "草稿附件").await;
        let attached = upload(
            &writer.browser,
            &format!("/staff/articles/{id}/files/attachments"),
            "attachment",
            "a.pdf",
            pdf(3000),
            &[("title_zh", "说明")],
        )
        .await;
        assert_eq!(attached.status, 303, "{}", errors(&attached.body));
        let file = file_id(&app, "attachment").await;
        assert_eq!(
            app.get(&format!("/files/{file}")).await.status,
            404,
            "a draft's file"
        );
        assert_eq!(
            app.get(&format!("/information/{id}/request-format")).await.status,
            404
        );
        publish(&writer, &reader, id).await;
        assert_eq!(app.get(&format!("/files/{file}")).await.status, 200);
        app.clock.advance(Duration::minutes(5));
        let withdrawn = reader
            .browser
            .post_form(
                &format!("/staff/articles/{id}/unpublish"),
                "reason=%E6%9C%89%E8%AF%AF",
            )
            .await;
        assert_eq!(withdrawn.status, 303);
        assert_eq!(
            app.get(&format!("/files/{file}")).await.status,
            404,
            "a withdrawn item's file"
        );
        assert_eq!(app.get("/files/999999").await.status, 404);
        assert_eq!(app.get("/files/abc").await.status, 404);
    }
}

#[tokio::test]
async fn a_request_for_another_format_keeps_what_was_typed_and_reaches_editors_as_a_task() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let id = draft(&writer, "无障碍出行补贴").await;
        let attached = upload(
            &writer.browser,
            &format!("/staff/articles/{id}/files/attachments"),
            "attachment",
            "a.pdf",
            pdf(3000),
            &[("title_zh", "补贴申请表")],
        )
        .await;
        assert_eq!(attached.status, 303);
        publish(&writer, &reader, id).await;
        let file = file_id(&app, "attachment").await;
        let path = format!("/information/{id}/request-format");

        let form = app.get(&format!("{path}?file={file}")).await;
        assert_eq!(form.status, 200);
        assert!(form.body.contains("补贴申请表") && form.body.contains("name=\"format\""));

        let bad = app
            .post_form(
                &path,
                &format!(
                    "file={file}&name={}&contact=not+a+number&note=",
                    urlencode("李明")
                ),
            )
            .await;
        assert_eq!(bad.status, 422);
        let said = errors(&bad.body);
        assert!(said.contains("#format ") && said.contains("#contact "), "{said}");
        assert!(bad.body.contains("value=\"李明\""), "the name is kept");
        assert!(bad.body.contains("value=\"not a number\""), "the contact is kept");
        assert!(
            bad.body
                .contains("aria-describedby=\"contact-hint contact-error\""),
            "{}",
            bad.body
        );
        assert!(bad.title().starts_with("错误"), "{}", bad.title());
        assert_eq!(count(&app, "SELECT COUNT(*) FROM format_request").await, 0);

        let good = app
            .post_form(
                &path,
                &format!(
                    "file={file}&format=large_print&name={}&contact=Li.Ming%40Example.cn&note={}",
                    urlencode("李明"),
                    urlencode("请用二号字")
                ),
            )
            .await;
        assert_eq!(good.status, 303, "{}", errors(&good.body));
        let sent = app.get(good.header("location")).await;
        assert_eq!(sent.status, 200);
        assert!(sent.body.contains("确认邮件"), "{}", sent.body);
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM outbox WHERE recipient = 'li.ming@example.cn'"
            )
            .await,
            1
        );
        // A phone number is a contact too, without mail.
        let by_phone = app
            .post_form(
                &path,
                &format!("format=braille&name={}&contact=023-6789+1234", urlencode("王芳")),
            )
            .await;
        assert_eq!(by_phone.status, 303, "{}", errors(&by_phone.body));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox").await, 1);

        let list = reader.browser.get("/staff/format-requests").await;
        assert_eq!(list.status, 200);
        assert!(
            list.body.contains("李明")
                && list.body.contains("Large print")
                && list.body.contains("请用二号字"),
            "{}",
            list.body
        );
        assert!(list.body.contains("023-6789 1234") && list.body.contains("Braille"));
        let request_id = count(&app, "SELECT CAST(MIN(id) AS BIGINT) FROM format_request").await;
        let done = reader
            .browser
            .post_form(&format!("/staff/format-requests/{request_id}/done"), "")
            .await;
        assert_eq!(
            done.header("location"),
            "/staff/format-requests?done=request-done"
        );
        let again = reader
            .browser
            .post_form(&format!("/staff/format-requests/{request_id}/done"), "")
            .await;
        assert_eq!(again.header("location"), "/staff/format-requests?done=unchanged");
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'complete_format_request'"
            )
            .await,
            1
        );
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM format_request WHERE status = 'open'").await,
            1
        );
        let after = reader.browser.get("/staff/format-requests").await;
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'view_format_requests'"
            )
            .await,
            2,
            "each view of names and contacts is recorded"
        );
        // The open one (王芳) is listed before the one done.
        assert!(
            after.body.find("王芳") < after.body.find("李明"),
            "{}",
            after.body
        );
    }
}

/// In a bucket a video is a multipart upload (parts of 5 MB), a file over
/// its limit an aborted one, and the video is read back in ranges.
#[tokio::test]
async fn article_files_stream_into_an_s3_bucket_and_are_served_in_ranges() {
    let s3 = crate::several_servers::S3Server::start().await;
    let settings = s3.settings();
    let app = spawn_app_at(Backend::Sqlite, &settings, start()).await;
    let (writer, reader) = editors(&app).await;
    let id = draft(&writer, "桶里的视频").await;
    publish(&writer, &reader, id).await;
    let base = format!("/staff/articles/{id}/files");
    let length = 6 * 1024 * 1024 + 100;
    let video = upload(
        &writer.browser,
        &format!("{base}/video"),
        "video",
        "v.mp4",
        mp4(length),
        &[],
    )
    .await;
    assert_eq!(video.status, 303, "{}", errors(&video.body));
    let too_big = upload(
        &writer.browser,
        &format!("{base}/attachments"),
        "attachment",
        "big.pdf",
        pdf(20 * 1024 * 1024 + 10 * 1024),
        &[("title_zh", "大文件")],
    )
    .await;
    assert_eq!(too_big.status, 422);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM article_file").await, 1);
    assert!(
        !app.dir.path().join("uploads").exists(),
        "nothing on this server's disk"
    );

    let stored = app::information::files::store::find_file(&app.db, file_id(&app, "video").await)
        .await
        .expect("read")
        .expect("the video");
    assert_eq!(
        s3.store().len(&stored.storage_key).await.expect("in the bucket"),
        length as u64
    );
    let at = 5 * 1024 * 1024;
    let part = app
        .client
        .get(app.url(&format!("/files/{}", stored.id)))
        .header("range", format!("bytes={at}-{}", at + 7))
        .send()
        .await
        .expect("GET a range");
    assert_eq!(part.status().as_u16(), 206);
    let expected: Vec<u8> = mp4(length)[at..at + 8].to_vec();
    assert_eq!(part.bytes().await.expect("bytes").as_ref(), expected.as_slice());
}

#[tokio::test]
async fn staff_who_do_not_edit_articles_cannot_reach_files_or_requests() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, _) = editors(&app).await;
        let id = draft(&writer, "权限").await;
        let worker = staff_member(
            &app,
            "worker@example.org",
            Role::CommunityWorker,
            "jiangbei.guanyinqiao.community1",
        )
        .await;
        assert_eq!(
            worker
                .browser
                .get(&format!("/staff/articles/{id}/files"))
                .await
                .status,
            403
        );
        assert_eq!(worker.browser.get("/staff/format-requests").await.status, 403);
        let refused = upload(
            &worker.browser,
            &format!("/staff/articles/{id}/files/attachments"),
            "attachment",
            "a.pdf",
            pdf(2000),
            &[("title_zh", "x")],
        )
        .await;
        assert_eq!(refused.status, 403);
        assert_eq!(
            app.get(&format!("/staff/articles/{id}/files")).await.status,
            303,
            "sign in first"
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM article_file").await, 0);
        assert!(stored_files(&app).is_empty());
    }
}
