//! `GET /api/v1/openapi.json`: the eligibility API described in OpenAPI 3.1,
//! built from the same lists of fields and values the API accepts.

use crate::domain::answers::{FIELDS, KINDS};
use crate::domain::catalogue::{Unit, CATALOGUE_LEN};
use crate::domain::disability::*;
use crate::domain::facts::*;
use crate::domain::rules::FactId;
use crate::domain::Status;
use axum::Json;
use serde::Serialize;
use serde_json::{json, Map, Value};

fn names<T: Serialize + Copy>(all: &[T]) -> Vec<Value> {
    all.iter().filter_map(|v| serde_json::to_value(*v).ok()).collect()
}

fn enumeration<T: Serialize + Copy>(all: &[T]) -> Value {
    json!({ "type": ["string", "null"], "enum": names(all) })
}

fn described(mut schema: Value, description: &str) -> Value {
    if let Some(object) = schema.as_object_mut() {
        object.insert("description".into(), Value::String(description.into()));
    }
    schema
}

fn property(field: &str) -> Value {
    let boolean = json!({ "type": ["boolean", "null"] });
    match field {
        "date" => {
            json!({ "type": ["string", "null"], "format": "date", "description": "Day to check for; default today in Chongqing." })
        }
        "certificate_number" => json!({
            "type": ["string", "null"],
            "description": "20 characters: 18-character resident ID (ISO 7064 MOD 11-2 check character), category digit 1-7, level digit 1-4. Spaces and hyphens are ignored.",
        }),
        "birth_date" => json!({
            "type": ["string", "null"],
            "format": "date",
            "description": "Not after the check date nor today, from 1900. Given by a certificate number.",
        }),
        "registered_in_district" => described(boolean, "Household registration (hukou) in Jiangbei District."),
        "lives_in_district" => described(
            boolean,
            "Lives in Jiangbei District whatever the hukou: enough where an entitlement accepts residents (see each entitlement's residence).",
        ),
        "area" => enumeration(&AreaKind::ALL),
        "category" => enumeration(&Category::ALL),
        "multiple_categories" => json!({
            "type": ["array", "null"],
            "items": { "type": "string", "enum": names(&KINDS) },
            "description": "With category `multiple`: the kinds it is made of. Unknown leaves kind-dependent results at may_qualify.",
        }),
        "sex" => described(
            enumeration(&Sex::ALL),
            "Decides the statutory retirement age. Given by a certificate number (17th digit).",
        ),
        "post_kind" => described(
            enumeration(&PostKind::ALL),
            "For women: a worker post (retirement from 50 before the 2025 reform) or a managerial or technical post (from 55). Retirement age then rises by month of birth.",
        ),
        "mental_disorder_treatment" => described(boolean, "Being treated for a mental disorder, whatever the certificate category."),
        "own_vehicle" => described(boolean, "Owns a car in their own name (a C5 licence alone is not a vehicle)."),
        "wants_work" => described(boolean, "Would like to work and could, with support if needed."),
        "small_business" => described(boolean, "Starting or running a small business."),
        "kindergarten" => enumeration(&Kindergarten::ALL),
        "disabled_parent" => described(boolean, "A parent in the household is disabled (the preschool grant's second group)."),
        "level" => json!({ "type": ["integer", "null"], "minimum": 1, "maximum": 4 }),
        "household" => enumeration(&Household::ALL),
        "household_income_per_person" => {
            json!({ "type": ["number", "null"], "minimum": 0, "description": "Yuan a month." })
        }
        "housing" => enumeration(&Housing::ALL),
        "employment" => enumeration(&Employment::ALL),
        "education" => enumeration(&Education::ALL),
        "needs" => json!({
            "type": ["array", "null"],
            "items": { "type": "string", "enum": names(&Need::ALL) },
            "description": "The needs the person has; with this field given, a need in neither this list nor needs_not_sure is \"no\".",
        }),
        "needs_not_sure" => json!({
            "type": ["array", "null"],
            "items": { "type": "string", "enum": names(&Need::ALL) },
            "description": "Needs the person is not sure about: they stay unknown (may_qualify), not \"no\".",
        }),
        "self_paid_training_years" => json!({ "type": ["number", "null"], "minimum": 0 }),
        _ => boolean,
    }
}

pub fn document() -> Value {
    let properties: Map<String, Value> = FIELDS.iter().map(|f| (f.to_string(), property(f))).collect();
    // The count comes from the catalogue, so the document never lags behind it.
    let count = CATALOGUE_LEN;
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Jiangbei Disability Services: eligibility",
            "version": "1",
            "description": format!("Checks one person against the district's {count} entitlements (江北府发〔2018〕10号), E01 to E{count:02}. Every fact is optional; an unknown fact never rules anything out. Reasons are in the language of Accept-Language (zh-CN or en)."),
        },
        "paths": {
            "/api/v1/eligibility": {
                "post": {
                    "summary": "Check eligibility for every entitlement",
                    "parameters": [{ "name": "Accept-Language", "in": "header", "schema": { "type": "string" }, "example": "en" }],
                    "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Facts" } } } },
                    "responses": {
                        "200": { "description": format!("Results for all {count} entitlements, in catalogue order"), "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Answer" } } } },
                        "400": { "description": "A field is wrong", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                        "413": { "description": "The body is over 64 KB", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "Facts": { "type": "object", "additionalProperties": false, "properties": properties },
                "Answer": {
                    "type": "object",
                    "required": ["date", "results"],
                    "properties": {
                        "date": { "type": "string", "format": "date" },
                        "results": { "type": "array", "minItems": count, "maxItems": count, "items": { "$ref": "#/components/schemas/Result" } },
                    },
                },
                "Result": {
                    "type": "object",
                    "required": ["id", "status", "amount", "reasons", "missing_facts"],
                    "properties": {
                        "id": { "type": "string", "pattern": "^E[0-9]{2}$" },
                        "status": { "enum": names(&[Status::Qualifies, Status::MayQualify, Status::DoesNotQualify]) },
                        "amount": {
                            "type": ["object", "null"],
                            "properties": {
                                "value": { "type": ["number", "null"], "description": "null: set by the district, not published yet" },
                                "unit": { "enum": names(&[Unit::YuanPerMonth, Unit::YuanPerYear, Unit::YuanOnce, Unit::Share]) },
                                "effective_from": { "type": "string", "format": "date" },
                            },
                        },
                        "reasons": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": { "met": { "type": ["boolean", "null"] }, "text": { "type": "string" } },
                            },
                        },
                        "missing_facts": {
                            "type": "array",
                            "items": { "enum": names(&FactId::ALL) },
                            "description": "Facts that would decide a may_qualify, or the amount of a qualifies whose share depends on them.",
                        },
                    },
                },
                "Error": {
                    "type": "object",
                    "properties": {
                        "error": {
                            "type": "object",
                            "properties": {
                                "field": { "type": ["string", "null"] },
                                "code": { "enum": ["not_json", "too_large", "unknown_field", "wrong_type", "unknown_value", "invalid_date", "date_out_of_range", "born_after_check", "invalid_level", "negative", "invalid_certificate_number"] },
                                "message": { "type": "string" },
                            },
                        },
                    },
                },
            },
        },
    })
}

pub async fn openapi() -> Json<Value> {
    Json(document())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_describes_every_field_the_api_accepts() {
        let document = document();
        let properties = document["components"]["schemas"]["Facts"]["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        let described: Vec<&str> = properties.keys().map(String::as_str).collect();
        let mut accepted = FIELDS.to_vec();
        accepted.sort_unstable();
        assert_eq!(described, accepted);
        assert_eq!(
            properties["housing"]["enum"],
            json!(["dangerous_house", "urban_housing_difficulty", "none"])
        );
    }

    #[test]
    fn the_document_counts_every_entitlement_in_the_catalogue() {
        let document = document();
        let results = &document["components"]["schemas"]["Answer"]["properties"]["results"];
        assert_eq!(results["minItems"], json!(CATALOGUE_LEN));
        assert_eq!(results["maxItems"], json!(CATALOGUE_LEN));
        let description = document["info"]["description"].as_str().unwrap_or_default();
        assert!(
            description.contains(&format!("{CATALOGUE_LEN} entitlements")),
            "{description}"
        );
        assert!(
            description.contains(&format!("E{CATALOGUE_LEN:02}")),
            "{description}"
        );
    }
}
