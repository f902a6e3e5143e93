//! The statutory retirement age, which ends working age (E17, E18, E20, E21).
//!
//! Before 2025 it was 60 for men, 55 for women in managerial or technical posts
//! and 50 for women in worker posts. The gradual reform (全国人民代表大会常务委员会
//! 关于实施渐进式延迟法定退休年龄的决定, 2024-09-13, in force 2025-01-01) adds one
//! month for every few months of birth from a given birth month, up to a maximum:
//! men 60→63 and women 55→58 one month per four months of birth, women 50→55
//! one month per two. The schedule is data by birth month, not one number.

use chrono::{Datelike, Months, NaiveDate};

use super::facts::{PostKind, Sex};

/// Whose retirement age a schedule gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Men,
    WomenManagerialOrTechnical,
    WomenWorkers,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Men, Group::WomenManagerialOrTechnical, Group::WomenWorkers];

    /// The groups a person may be in, given what is known of them.
    pub fn possible(sex: Option<Sex>, post: Option<PostKind>) -> &'static [Group] {
        match (sex, post) {
            (Some(Sex::Male), _) => &[Group::Men],
            (Some(Sex::Female), Some(PostKind::ManagerialOrTechnical)) => {
                &[Group::WomenManagerialOrTechnical]
            }
            (Some(Sex::Female), Some(PostKind::Worker)) => &[Group::WomenWorkers],
            (Some(Sex::Female), None) => &[Group::WomenManagerialOrTechnical, Group::WomenWorkers],
            (None, _) => &Group::ALL,
        }
    }
}

/// One group's retirement age by birth month, in force from a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub group: Group,
    pub in_force_from: NaiveDate,
    /// The age before the reform, in years.
    pub base_years: u32,
    /// The first birth month (year, month) whose retirement is delayed.
    pub delayed_from_birth: (i32, u32),
    /// One more month of delay for every this many months of birth.
    pub birth_months_per_step: u32,
    pub max_delay_months: u32,
    pub source: &'static str,
}

const REFORM: &str = "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日）";

const fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// The schedules in force, one per group.
pub const SCHEDULES: [Schedule; 3] = [
    Schedule {
        group: Group::Men,
        in_force_from: day(2025, 1, 1),
        base_years: 60,
        delayed_from_birth: (1965, 1),
        birth_months_per_step: 4,
        max_delay_months: 36,
        source: REFORM,
    },
    Schedule {
        group: Group::WomenManagerialOrTechnical,
        in_force_from: day(2025, 1, 1),
        base_years: 55,
        delayed_from_birth: (1970, 1),
        birth_months_per_step: 4,
        max_delay_months: 36,
        source: REFORM,
    },
    Schedule {
        group: Group::WomenWorkers,
        in_force_from: day(2025, 1, 1),
        base_years: 50,
        delayed_from_birth: (1975, 1),
        birth_months_per_step: 2,
        max_delay_months: 60,
        source: REFORM,
    },
];

impl Schedule {
    /// Months of delay for someone born on `birth`, as the schedule stands on `on`.
    pub fn delay_months(&self, birth: NaiveDate, on: NaiveDate) -> u32 {
        if on < self.in_force_from {
            return 0;
        }
        let (year, month) = self.delayed_from_birth;
        let since = (birth.year() - year) * 12 + birth.month() as i32 - month as i32;
        match u32::try_from(since) {
            Ok(months) => (months / self.birth_months_per_step + 1).min(self.max_delay_months),
            Err(_) => 0,
        }
    }

    /// The day this person reaches retirement age.
    pub fn retirement_date(&self, birth: NaiveDate, on: NaiveDate) -> NaiveDate {
        let months = self.base_years * 12 + self.delay_months(birth, on);
        birth
            .checked_add_months(Months::new(months))
            .unwrap_or(NaiveDate::MAX)
    }
}

/// Whether age alone settles working age, without date arithmetic (the
/// screening of a register asks this hundreds of thousands of times): below
/// the lowest base age everyone is still of working age, and from the highest
/// age any schedule reaches everyone has retired. `None` in between.
pub fn settled_by_age(age: u32) -> Option<bool> {
    let lowest_years = SCHEDULES.iter().map(|s| s.base_years).min().unwrap_or(0);
    let highest_months = SCHEDULES
        .iter()
        .map(|s| s.base_years * 12 + s.max_delay_months)
        .max()
        .unwrap_or(0);
    if age < lowest_years {
        Some(true)
    } else if age * 12 >= highest_months {
        Some(false)
    } else {
        None
    }
}

fn schedule(group: Group) -> &'static Schedule {
    match group {
        Group::Men => &SCHEDULES[0],
        Group::WomenManagerialOrTechnical => &SCHEDULES[1],
        Group::WomenWorkers => &SCHEDULES[2],
    }
}

/// The earliest and latest day on which someone born on `birth` reaches
/// retirement age, over the groups they may be in.
pub fn retirement_range(birth: NaiveDate, groups: &[Group], on: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let dates = groups.iter().map(|g| schedule(*g).retirement_date(birth, on));
    let earliest = dates.clone().min()?;
    let latest = dates.max()?;
    Some((earliest, latest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    const TODAY: NaiveDate = day(2026, 11, 30);

    fn retires(group: Group, birth: NaiveDate) -> NaiveDate {
        schedule(group).retirement_date(birth, TODAY)
    }

    #[test]
    fn men_born_before_1965_retire_at_60() {
        assert_eq!(retires(Group::Men, date(1964, 12, 15)), date(2024, 12, 15));
    }

    #[test]
    fn men_gain_a_month_for_every_four_months_of_birth_up_to_63() {
        assert_eq!(
            retires(Group::Men, date(1965, 1, 10)),
            date(2025, 2, 10),
            "60 and 1 month"
        );
        assert_eq!(
            retires(Group::Men, date(1965, 4, 10)),
            date(2025, 5, 10),
            "still 1 month"
        );
        assert_eq!(
            retires(Group::Men, date(1965, 5, 10)),
            date(2025, 7, 10),
            "2 months"
        );
        assert_eq!(
            retires(Group::Men, date(1976, 8, 1)),
            date(2039, 7, 1),
            "62 and 11 months"
        );
        assert_eq!(retires(Group::Men, date(1976, 9, 1)), date(2039, 9, 1), "63");
        assert_eq!(
            retires(Group::Men, date(1990, 6, 1)),
            date(2053, 6, 1),
            "63 at most"
        );
    }

    #[test]
    fn women_in_managerial_posts_go_from_55_to_58() {
        let group = Group::WomenManagerialOrTechnical;
        assert_eq!(retires(group, date(1969, 12, 31)), date(2024, 12, 31));
        assert_eq!(retires(group, date(1970, 1, 1)), date(2025, 2, 1));
        assert_eq!(retires(group, date(1981, 9, 1)), date(2039, 9, 1), "58");
    }

    #[test]
    fn women_in_worker_posts_go_from_50_to_55_a_month_every_two() {
        let group = Group::WomenWorkers;
        assert_eq!(retires(group, date(1974, 12, 1)), date(2024, 12, 1));
        assert_eq!(
            retires(group, date(1975, 1, 1)),
            date(2025, 2, 1),
            "50 and 1 month"
        );
        assert_eq!(
            retires(group, date(1975, 3, 1)),
            date(2025, 5, 1),
            "50 and 2 months"
        );
        assert_eq!(
            retires(group, date(1984, 10, 1)),
            date(2039, 9, 1),
            "54 and 11 months"
        );
        assert_eq!(retires(group, date(1984, 11, 1)), date(2039, 11, 1), "55");
    }

    #[test]
    fn before_the_reform_no_one_is_delayed() {
        let schedule = schedule(Group::Men);
        assert_eq!(schedule.delay_months(date(1970, 1, 1), date(2024, 12, 31)), 0);
        assert_eq!(schedule.delay_months(date(1970, 1, 1), date(2025, 1, 1)), 16);
    }

    #[test]
    fn age_alone_settles_working_age_below_50_and_from_63() {
        assert_eq!(settled_by_age(49), Some(true));
        assert_eq!(settled_by_age(50), None);
        assert_eq!(settled_by_age(62), None);
        assert_eq!(settled_by_age(63), Some(false));
    }

    #[test]
    fn an_unknown_sex_spans_every_group() {
        let birth = date(1976, 3, 1);
        let range = retirement_range(birth, Group::possible(None, None), TODAY);
        assert_eq!(range, Some((date(2026, 11, 1), date(2039, 1, 1))));
        let woman = retirement_range(birth, Group::possible(Some(Sex::Female), None), TODAY);
        assert_eq!(woman, Some((date(2026, 11, 1), date(2032, 10, 1))));
    }
}
