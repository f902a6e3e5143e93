//! `server screen INPUT.csv OUTPUT.csv [--date YYYY-MM-DD] [--all]`: checks
//! every resident in a CSV file (columns named like the API's fields) and
//! writes one row per entitlement they qualify or may qualify for (`--all`:
//! every entitlement), so staff can find people who qualify but do not yet
//! receive a benefit. Each row is checked on its own `date` cell when it has
//! one (like the API's `date`), otherwise on `--date` or today. It streams,
//! so memory stays flat however long the file.

use app::domain::answers::{api_name, check_birth_date, parse_request, value_from_text, FieldError, FIELDS};
use app::domain::facts::Facts;
use app::domain::parameters::{Parameters, Snapshot};
use app::domain::{check_one, Status};
use app::i18n::Lang;
use app::web::clock::Clock;
use chrono::NaiveDate;
use serde_json::Map;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

const USAGE: &str = "usage: server screen INPUT.csv OUTPUT.csv [--date YYYY-MM-DD] [--all]";
const PROGRESS_EVERY: u64 = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum ScreeningError {
    #[error("{0}\n{USAGE}")]
    Usage(String),
    #[error("The input file could not be read: {0}")]
    Read(#[from] csv::Error),
    #[error("The output file could not be written: {0}")]
    Write(#[from] std::io::Error),
}

#[derive(Debug, PartialEq)]
pub struct Options {
    pub input: PathBuf,
    pub output: PathBuf,
    pub date: Option<NaiveDate>,
    pub all: bool,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, ScreeningError> {
        let mut paths = Vec::new();
        let mut date = None;
        let mut all = false;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--all" => all = true,
                "--date" => {
                    let value = args
                        .next()
                        .ok_or_else(|| ScreeningError::Usage("--date needs a date".into()))?;
                    date = Some(NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| {
                        ScreeningError::Usage(format!("--date {value:?} is not a date written YYYY-MM-DD"))
                    })?);
                }
                other if other.starts_with("--") => {
                    return Err(ScreeningError::Usage(format!("unknown option {other}")))
                }
                path => paths.push(PathBuf::from(path)),
            }
        }
        let [input, output] = <[PathBuf; 2]>::try_from(paths)
            .map_err(|_| ScreeningError::Usage("name one input and one output file".into()))?;
        Ok(Options {
            input,
            output,
            date,
            all,
        })
    }
}

/// One resident's facts, and the date of their row's `date` cell if it has one.
/// The row's date (its own, or `default_date`) and facts; a birth date after
/// that date or after `today` is refused like any other bad cell.
fn facts_from_record(
    headers: &csv::StringRecord,
    record: &csv::StringRecord,
    default_date: NaiveDate,
    today: NaiveDate,
) -> Result<(NaiveDate, Facts), FieldError> {
    let mut map = Map::new();
    for (header, cell) in headers.iter().zip(record.iter()) {
        let field = header.trim();
        if FIELDS.contains(&field) {
            map.insert(field.to_string(), value_from_text(field, cell));
        }
    }
    let (date, facts) = parse_request(&map)?;
    let date = date.unwrap_or(default_date);
    let facts = facts.with_certificate_details();
    check_birth_date(&facts, date, today)?;
    Ok((date, facts))
}

/// The parameters in force on `date`, looked up again only when the date
/// changes from one row to the next (registers are usually one date, or
/// sorted by date).
fn snapshot_on<'a>(parameters: &'a Parameters, last: &mut Snapshot<'a>, date: NaiveDate) -> Snapshot<'a> {
    if last.date != date {
        *last = parameters.snapshot(date);
    }
    *last
}

/// Screens every row; returns how many residents were read.
pub fn screen(options: &Options, parameters: &Parameters) -> Result<u64, ScreeningError> {
    let today = Clock::system().today();
    let default_date = options.date.unwrap_or(today);
    let mut snapshot = parameters.snapshot(default_date);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&options.input)?;
    let headers = reader.headers()?.clone();
    let mut writer = csv::Writer::from_path(&options.output)?;
    writer.write_record(["row", "id", "status", "amount", "unit", "effective_from", "error"])?;
    let show_progress = std::io::stderr().is_terminal();
    let mut rows = 0u64;
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record)? {
        rows += 1;
        let row = rows.to_string();
        match facts_from_record(&headers, &record, default_date, today) {
            Ok((date, facts)) => {
                let snapshot = snapshot_on(parameters, &mut snapshot, date);
                for entitlement in app::domain::catalogue::CATALOGUE.iter() {
                    let outcome = check_one(entitlement, &facts, &snapshot);
                    if !options.all && outcome.status == Status::DoesNotQualify {
                        continue;
                    }
                    let amount = outcome.amount.as_ref();
                    writer.write_record([
                        row.as_str(),
                        &outcome.id.code(),
                        &api_name(outcome.status),
                        &amount
                            .and_then(|a| a.value)
                            .map(|v| v.to_string())
                            .unwrap_or_default(),
                        &amount.map(|a| api_name(a.unit)).unwrap_or_default(),
                        &amount.map(|a| a.effective_from.to_string()).unwrap_or_default(),
                        "",
                    ])?;
                }
            }
            Err(error) => {
                let message = format!(
                    "{}: {}",
                    error.field.as_deref().unwrap_or("-"),
                    app::entitlements::text::field_error(Lang::En, &error)
                );
                writer.write_record([row.as_str(), "", "error", "", "", "", &message])?;
            }
        }
        if show_progress && rows.is_multiple_of(PROGRESS_EVERY) {
            eprint!("\r{rows} residents screened");
            let _ = std::io::stderr().flush();
        }
    }
    writer.flush()?;
    if show_progress {
        eprintln!("\r{rows} residents screened");
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_need_two_files_and_accept_a_date() {
        let args = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        let options = Options::parse(&args("in.csv out.csv --date 2026-01-31 --all")).expect("valid");
        assert_eq!(options.date, NaiveDate::from_ymd_opt(2026, 1, 31));
        assert!(options.all);
        assert!(Options::parse(&args("in.csv")).is_err());
        assert!(Options::parse(&args("a b --date 31/01/2026")).is_err());
        assert!(Options::parse(&args("a b --fast")).is_err());
    }

    #[test]
    fn a_rows_date_cell_is_read_and_checked_like_the_apis() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        let (default_date, today) = (day(2026, 1, 1), day(2026, 11, 30));
        let headers = csv::StringRecord::from(vec!["date", "has_certificate", "birth_date"]);
        let read = |cells: Vec<&str>| {
            facts_from_record(&headers, &csv::StringRecord::from(cells), default_date, today)
        };
        let dated = read(vec!["2017-06-30", "true", ""]).expect("valid");
        assert_eq!(dated.0, day(2017, 6, 30));
        assert_eq!(
            read(vec!["", "true", ""]).expect("valid").0,
            default_date,
            "empty: the default date"
        );
        let wrong = read(vec!["2017-02-30", "true", ""]).expect_err("no such day");
        assert_eq!(wrong.field.as_deref(), Some("date"));
        let unborn = read(vec!["2017-06-30", "true", "2018-01-01"]).expect_err("born after the row's date");
        assert_eq!(unborn.field.as_deref(), Some("birth_date"));
    }

    #[test]
    fn the_snapshot_follows_each_rows_date() {
        let parameters = Parameters::from_plan();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        let mut last = parameters.snapshot(day(2026, 11, 29));
        assert_eq!(
            snapshot_on(&parameters, &mut last, day(2013, 12, 31)).date,
            day(2013, 12, 31)
        );
        assert_eq!(last.date, day(2013, 12, 31), "kept for the next row");
        let nursing = app::domain::parameters::ParameterId::NursingSubsidy;
        assert_eq!(last.number(nursing), None);
        assert_eq!(
            snapshot_on(&parameters, &mut last, day(2014, 1, 1)).number(nursing),
            Some(1000.0)
        );
    }
}
