use std::process::Command;

#[test]
fn the_screen_command_writes_each_residents_results_and_reports_bad_rows() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let input = dir.path().join("residents.csv");
    let output = dir.path().join("results.csv");
    std::fs::write(
        &input,
        "certificate_number,registered_in_district,has_certificate,level,household,birth_date,needs\n\
         ,true,true,1,dibao,1960-05-01,assistive_device\n\
         ,true,false,,none,1990-01-01,\n\
         ,true,true,7,dibao,1960-05-01,\n",
    )
    .expect("write input");
    let result = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["screen", "--date", "2026-11-29"])
        .arg(&input)
        .arg(&output)
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("portal.db").display()),
        )
        .output()
        .expect("run the screen command");
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(String::from_utf8_lossy(&result.stderr).contains("Screened 3 residents"));
    let text = std::fs::read_to_string(&output).expect("read output");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "row,id,status,amount,unit,effective_from,error");
    assert!(
        lines.contains(&"1,E03,qualifies,55,yuan_per_month,2011-01-01,"),
        "{text}"
    );
    assert!(
        lines.contains(&"1,E04,qualifies,1000,yuan_per_year,2014-01-01,"),
        "{text}"
    );
    assert!(lines.contains(&"1,E26,qualifies,,,,"), "{text}");
    assert!(
        lines.contains(&"1,E43,may_qualify,,yuan_once,2016-01-01,"),
        "a new parameter, dated and empty: {text}"
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("2,E03,")),
        "no certificate: no living allowance"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("3,,error,") && l.contains("level")),
        "{text}"
    );
}

/// Runs `server screen` on `csv` with `args`; the output file's lines.
fn screen_csv(csv: &str, args: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temporary folder");
    let input = dir.path().join("residents.csv");
    let output = dir.path().join("results.csv");
    std::fs::write(&input, csv).expect("write input");
    let result = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("screen")
        .args(args)
        .arg(&input)
        .arg(&output)
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("portal.db").display()),
        )
        .output()
        .expect("run the screen command");
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let text = std::fs::read_to_string(&output).expect("read output");
    text.lines().map(String::from).collect()
}

#[test]
fn each_row_is_checked_on_its_own_date() {
    let lines = screen_csv(
        "date,registered_in_district,has_certificate,level,household,birth_date\n\
         2017-06-30,true,true,1,dibao,1960-05-01\n\
         2013-12-31,true,true,1,dibao,1960-05-01\n\
         ,true,true,1,dibao,1960-05-01\n\
         2017-02-30,true,true,1,dibao,1960-05-01\n\
         2010-12-31,true,true,1,dibao,1960-05-01\n",
        &["--date", "2026-11-29"],
    );
    let row = |n: &str, id: &str| {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("{n},{id},")))
            .cloned()
            .unwrap_or_default()
    };
    // 2017, inside the plan period: the plan's amounts apply.
    assert_eq!(
        row("1", "E03"),
        "1,E03,qualifies,55,yuan_per_month,2011-01-01,",
        "{lines:?}"
    );
    assert_eq!(
        row("1", "E04"),
        "1,E04,qualifies,1000,yuan_per_year,2014-01-01,",
        "{lines:?}"
    );
    // 2013: the living allowance was paid, the 2014 nursing subsidy not yet.
    assert_eq!(
        row("2", "E03"),
        "2,E03,qualifies,55,yuan_per_month,2011-01-01,",
        "{lines:?}"
    );
    assert!(!row("2", "E04").contains("1000"), "{lines:?}");
    // No date in the row: `--date`.
    assert_eq!(
        row("3", "E04"),
        "3,E04,qualifies,1000,yuan_per_year,2014-01-01,",
        "{lines:?}"
    );
    // A date that does not exist is reported like any other bad cell.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("4,,error,") && l.contains("date")),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|l| l.starts_with("4,E")), "{lines:?}");
    // Before any seeded figure: no amount is invented.
    assert!(!row("5", "E03").contains(",55,"), "{lines:?}");
}
