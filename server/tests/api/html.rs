//! Reading the pages the tests get as a browser would: elements found by
//! CSS selector in the parsed document, never by splitting the HTML text.

use scraper::{Html, Selector};

pub struct Document(Html);

pub fn parse(body: &str) -> Document {
    Document(Html::parse_document(body))
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|_| panic!("a valid selector: {css}"))
}

/// The number that starts `text`, as in `12/check-in` or `12`.
fn leading_id(text: &str) -> Option<i32> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

impl Document {
    /// The attribute of every element `css` matches, in page order.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        self.0
            .select(&selector(css))
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    /// The text of every element `css` matches, in page order.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.0
            .select(&selector(css))
            .map(|e| e.text().collect::<String>())
            .collect()
    }

    /// The address and text of every link `css` matches, in page order.
    pub fn links(&self, css: &str) -> Vec<(String, String)> {
        self.0
            .select(&selector(css))
            .filter_map(|a| Some((a.value().attr("href")?.to_string(), a.text().collect())))
            .collect()
    }

    pub fn count(&self, css: &str) -> usize {
        self.0.select(&selector(css)).count()
    }

    /// The ids in links and form addresses that start with `prefix`
    /// (`/staff/bookings/12/move` gives 12), links first, in page order.
    pub fn ids(&self, prefix: &str) -> Vec<i32> {
        let links = self.attrs("a[href]", "href");
        let forms = self.attrs("form[action]", "action");
        links
            .iter()
            .chain(forms.iter())
            .filter_map(|address| address.strip_prefix(prefix).and_then(leading_id))
            .collect()
    }

    /// The id in the first link (or form) to `prefix{id}`.
    pub fn first_id(&self, prefix: &str) -> i32 {
        *self
            .ids(prefix)
            .first()
            .unwrap_or_else(|| panic!("no link to {prefix}"))
    }

    /// The id in the link to `prefix{id}` whose text contains `text`.
    pub fn id_of_link(&self, prefix: &str, text: &str) -> i32 {
        self.0
            .select(&selector("a[href]"))
            .filter(|a| a.text().collect::<String>().contains(text))
            .find_map(|a| a.value().attr("href")?.strip_prefix(prefix).and_then(leading_id))
            .unwrap_or_else(|| panic!("no link to {prefix} reading {text}"))
    }

    /// The value of the first real choice (not the empty prompt) of the list `name`.
    pub fn first_choice(&self, name: &str) -> Option<String> {
        self.attrs(&format!("select[name={name}] option"), "value")
            .into_iter()
            .find(|v| !v.is_empty())
    }
}
