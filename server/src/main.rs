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
    server::telemetry::init(&config.log_filter);
    let app = match Application::build(config).await {
        Ok(app) => app,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    match app.run_until_stopped(server::shutdown_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("The server stopped with an error: {error}");
            ExitCode::FAILURE
        }
    }
}
