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
        Some(other) => Err(format!(
            "Unknown command {other:?}. Run with no arguments to serve, or `screen`."
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
