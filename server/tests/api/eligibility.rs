use crate::helpers::{backends, spawn_app, TestApp};
use app::domain::catalogue::CATALOGUE_LEN;
use serde_json::{json, Value};

pub async fn ask(app: &TestApp, body: &str, language: &str) -> (u16, Value) {
    let response = app
        .client
        .post(app.url("/api/v1/eligibility"))
        .header("content-type", "application/json")
        .header("accept-language", language)
        .body(body.to_string())
        .send()
        .await
        .expect("POST");
    let status = response.status().as_u16();
    let text = response.text().await.unwrap_or_default();
    let json = serde_json::from_str::<Value>(&text).unwrap_or(Value::Null);
    (status, json)
}

pub fn result<'a>(answer: &'a Value, id: &str) -> &'a Value {
    answer["results"]
        .as_array()
        .and_then(|r| r.iter().find(|e| e["id"] == id))
        .unwrap_or(&Value::Null)
}

#[tokio::test]
async fn the_two_subsidies_for_a_severely_disabled_dibao_recipient() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let body = json!({
            "date": "2026-11-29",
            "registered_in_district": true,
            "has_certificate": true,
            "level": 1,
            "household": "dibao",
        });
        let (status, answer) = ask(&app, &body.to_string(), "en").await;
        assert_eq!(status, 200, "{}: {answer}", app.backend);
        assert_eq!(answer["date"], "2026-11-29");
        assert_eq!(answer["results"].as_array().map(Vec::len), Some(CATALOGUE_LEN));
        let allowance = result(&answer, "E03");
        assert_eq!(allowance["status"], "qualifies");
        assert_eq!(
            allowance["amount"],
            json!({"value": 55.0, "unit": "yuan_per_month", "effective_from": "2011-01-01"})
        );
        assert_eq!(
            allowance["reasons"][1],
            json!({"met": true, "text": "Met: Household receives the minimum living guarantee (dibao)"})
        );
        let nursing = result(&answer, "E04");
        assert_eq!(nursing["status"], "qualifies");
        assert_eq!(nursing["amount"]["value"], 1000.0);
        let child_rehab = result(&answer, "E22");
        assert_eq!(child_rehab["status"], "may_qualify");
        assert_eq!(
            child_rehab["missing_facts"],
            json!(["birth_date", "category", "autism"])
        );
        assert_eq!(child_rehab["reasons"][1]["met"], Value::Null);
    }
}

#[tokio::test]
async fn reasons_follow_accept_language_and_default_to_chinese() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let (_, answer) = ask(&app, r#"{"has_certificate": false}"#, "").await;
        assert_eq!(result(&answer, "E35")["status"], "does_not_qualify");
        assert_eq!(
            result(&answer, "E35")["reasons"][0]["text"],
            "不符合：持有第二代《中华人民共和国残疾人证》"
        );
        let (_, answer) = ask(&app, r#"{"has_certificate": false}"#, "en-US,en;q=0.9").await;
        assert_eq!(
            result(&answer, "E35")["reasons"][0]["text"],
            "Not met: Holds a second-generation disability certificate"
        );
    }
}

#[tokio::test]
async fn a_certificate_number_supplies_age_category_and_level() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        // Born 2020-06-01 in Jiangbei; hearing disability (2), level 1.
        let body = json!({"date": "2026-11-29", "certificate_number": "50010520200601001721", "registered_in_district": true});
        let (status, answer) = ask(&app, &body.to_string(), "en").await;
        assert_eq!(status, 200, "{answer}");
        assert_eq!(
            result(&answer, "E22")["status"],
            "qualifies",
            "a 6-year-old with a hearing disability"
        );
        assert_eq!(result(&answer, "E04")["status"], "qualifies", "level 1");
    }
}

#[tokio::test]
async fn bad_input_gets_a_json_error_naming_the_field_never_a_server_error() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let cases = [
            (r#"{"level": "two"}"#, 400, Some("level"), "wrong_type"),
            (
                r#"{"category": "purple"}"#,
                400,
                Some("category"),
                "unknown_value",
            ),
            (
                r#"{"birth_date": "2023-02-29"}"#,
                400,
                Some("birth_date"),
                "invalid_date",
            ),
            (r#"{"date": "yesterday"}"#, 400, Some("date"), "invalid_date"),
            (r#"{"certificate_number": "11010519491231002X12"}"#, 200, None, ""),
            (
                r#"{"certificate_number": "11010519491231002112"}"#,
                400,
                Some("certificate_number"),
                "invalid_certificate_number",
            ),
            (
                r#"{"favourite_colour": "blue"}"#,
                400,
                Some("favourite_colour"),
                "unknown_field",
            ),
            (r#"{"needs": "prosthesis"}"#, 400, Some("needs"), "wrong_type"),
            ("not json", 400, None, "not_json"),
            ("[1, 2, 3]", 400, None, "not_json"),
            ("", 400, None, "not_json"),
        ];
        for (body, expected_status, field, code) in cases {
            let (status, answer) = ask(&app, body, "en").await;
            assert_eq!(status, expected_status, "{body}: {answer}");
            if expected_status == 400 {
                assert_eq!(answer["error"]["field"].as_str(), field, "{body}");
                assert_eq!(answer["error"]["code"], code, "{body}");
                assert!(answer["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
            }
        }
        let huge = format!(
            r#"{{"needs": [{}"rehab_training"]}}"#,
            r#""rehab_training","#.repeat(5000)
        );
        let (status, answer) = ask(&app, &huge, "zh-CN").await;
        assert_eq!(status, 413);
        assert_eq!(answer["error"]["code"], "too_large");
        assert_eq!(answer["error"]["message"], "请求内容超过 64 KB。");
    }
}

#[tokio::test]
async fn the_api_is_described_in_openapi() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let response = app
            .client
            .get(app.url("/api/v1/openapi.json"))
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status().as_u16(), 200);
        let document: Value =
            serde_json::from_str(&response.text().await.unwrap_or_default()).unwrap_or(Value::Null);
        assert_eq!(document["openapi"], "3.1.0");
        assert!(document["paths"]["/api/v1/eligibility"]["post"].is_object());
    }
}
