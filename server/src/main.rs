use server::{config::Config, Application};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    // A missing .env is normal; it only helps in development.
    let _ = dotenvy::dotenv();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("screen") => screen(config, &args[1..]).await,
        Some("rebuild-search-index") => rebuild_search_index(config).await,
        Some(other) => Err(format!(
            "Unknown command {other:?}. Run with no arguments to serve, or `screen` or `rebuild-search-index`."
        )),
        None => serve(config).await,
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), String> {
    server::telemetry::init(&config.log_filter, config.log_format);
    let app = Application::build(config).await.map_err(|e| e.to_string())?;
    app.run_until_stopped(server::shutdown_signal())
        .await
        .map_err(|e| format!("The server stopped with an error: {e}"))
}

/// Batch screening of a register of residents (see `server::screening`).
async fn screen(config: Config, args: &[String]) -> Result<(), String> {
    let options = server::screening::Options::parse(args).map_err(|e| e.to_string())?;
    let db = server::database::connect(&config.database_url)
        .await
        .map_err(|e| e.to_string())?;
    server::database::migrate(&db).await.map_err(|e| e.to_string())?;
    let parameters = app::entitlements::store::load_parameters(&db)
        .await
        .map_err(|e| format!("The rule parameters could not be read from the database: {e}"))?;
    let rows = server::screening::screen(&options, &parameters).map_err(|e| e.to_string())?;
    eprintln!("Screened {rows} residents into {}", options.output.display());
    Ok(())
}

/// Builds the search index from the configured database (a failure shows
/// here) and makes every running server rebuild its own (see `app::search`).
async fn rebuild_search_index(config: Config) -> Result<(), String> {
    let db = server::database::connect(&config.database_url)
        .await
        .map_err(|e| e.to_string())?;
    server::database::migrate(&db).await.map_err(|e| e.to_string())?;
    let now = app::domain::local_time::utc_to_chongqing(chrono::Utc::now());
    let report = app::search::rebuild_everywhere(&db, now)
        .await
        .map_err(|e| format!("The search index could not be built: {e}"))?;
    for (kind, count) in &report.counts {
        println!("{:<12} {count}", kind.key());
    }
    let total: usize = report.counts.iter().map(|(_, count)| count).sum();
    println!(
        "Indexed {total} documents in {} ms; running servers rebuild their index before their next search.",
        report.took.as_millis()
    );
    Ok(())
}
