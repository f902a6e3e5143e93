//! The rules engine: one full check with reasons, the district's register
//! (36,300 residents) screened without reasons, and a million residents.
//! Run with `cargo bench -p app --bench rules`.

use app::domain::disability::*;
use app::domain::facts::*;
use app::domain::parameters::Parameters;
use app::domain::{check, screen, Status};
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
}

/// A resident with the register's shares: about a third hold a certificate
/// (12,000 of 36,300), about 17% live on dibao, levels 1–4 spread evenly.
fn resident(rng: &mut StdRng) -> Facts {
    let holds_certificate = rng.random_bool(12_000.0 / 36_300.0);
    let household = match rng.random_range(0..100) {
        0..17 => Household::Dibao,
        17..27 => Household::LowIncome,
        27..29 => Household::ExtremePoverty,
        _ => Household::None,
    };
    let age_days = rng.random_range(0..(90 * 365));
    Facts {
        birth_date: Some(today() - chrono::Duration::days(age_days)),
        registered_in_district: Some(rng.random_bool(0.95)),
        area: Some(if rng.random_bool(0.8) {
            AreaKind::Urban
        } else {
            AreaKind::Rural
        }),
        has_certificate: Some(holds_certificate),
        category: holds_certificate.then(|| Category::ALL[rng.random_range(0..7)]),
        level: holds_certificate
            .then(|| Level::new(rng.random_range(1..=4)))
            .flatten(),
        household: Some(household),
        household_income_per_person: Some(rng.random_range(0.0..4000.0)),
        lost_work_ability: Some(rng.random_bool(0.2)),
        severe_mental_disorder: Some(rng.random_bool(0.02)),
        autism: Some(rng.random_bool(0.01)),
        cerebral_palsy: Some(rng.random_bool(0.01)),
        c5_licence: Some(rng.random_bool(0.03)),
        motorised_wheelchair: Some(rng.random_bool(0.02)),
        housing: Some(if rng.random_bool(0.03) {
            Housing::DangerousHouse
        } else {
            Housing::None
        }),
        employment: Some(Employment::Unemployed),
        education: Some(Education::None),
        needs: Some(if rng.random_bool(0.1) {
            vec![Need::AssistiveDevice]
        } else {
            Vec::new()
        }),
        self_paid_training_years: None,
        certificate_number: None,
        sex: Some(if rng.random_bool(0.5) {
            Sex::Male
        } else {
            Sex::Female
        }),
        wants_work: Some(rng.random_bool(0.4)),
        ..Facts::default()
    }
}

fn register(size: usize, seed: u64) -> Vec<Facts> {
    let mut rng = StdRng::seed_from_u64(seed);
    (0..size).map(|_| resident(&mut rng)).collect()
}

/// How many residents qualify for the living allowance (E03).
fn screen_all(residents: &[Facts], parameters: &Parameters) -> usize {
    let snapshot = parameters.snapshot(today());
    residents
        .iter()
        .filter(|f| screen(f, &snapshot)[2] == Status::Qualifies)
        .count()
}

fn rules(c: &mut Criterion) {
    let parameters = Parameters::from_plan();
    let person = register(1, 1).remove(0);
    c.bench_function("check one resident, every entitlement with reasons", |b| {
        b.iter(|| check(black_box(&person), today(), &parameters))
    });

    let district = register(36_300, 2018);
    c.bench_function("screen the district register (36,300 residents)", |b| {
        b.iter(|| screen_all(black_box(&district), &parameters))
    });

    let million = register(1_000_000, 2020);
    let mut group = c.benchmark_group("large");
    group.sample_size(10);
    group.bench_function("screen 1,000,000 residents", |b| {
        b.iter(|| screen_all(black_box(&million), &parameters))
    });
    group.finish();
}

criterion_group!(benches, rules);
criterion_main!(benches);
