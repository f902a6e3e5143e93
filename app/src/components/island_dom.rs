//! What the islands share. The islands take no props besides their children:
//! Leptos sends island props as JSON and parses them in the browser, and
//! serde_json with the number formatting its errors need was about half of
//! the islands' WASM (issue 16). So the server renders an island's markup as
//! its children, puts the words the island needs later on that markup as
//! `data-*` attributes, and the island only adds behaviour to it.

#[cfg(feature = "hydrate")]
pub use browser::*;

/// A text with a mark for what the browser fills in, split around the mark:
/// the island then only joins the parts (`fill`), and searching text would
/// add its own code to the WASM.
pub fn split_at_mark(text: &str, mark: &str) -> (String, String) {
    let (before, after) = text.split_once(mark).unwrap_or((text, ""));
    (before.to_string(), after.to_string())
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;
    use web_sys::{Element, EventTarget, HtmlElement};

    /// The element an event happened on or was handled by.
    pub fn element(target: Option<EventTarget>) -> Option<Element> {
        target?.dyn_into::<Element>().ok()
    }

    /// The first element matching `selector` inside `root`.
    pub fn find(root: &Element, selector: &str) -> Option<HtmlElement> {
        root.query_selector(selector)
            .ok()??
            .dyn_into::<HtmlElement>()
            .ok()
    }

    /// The attribute `name` of `el`, or nothing when the server left it out.
    pub fn data(el: &Element, name: &str) -> String {
        el.get_attribute(name).unwrap_or_default()
    }

    /// The text of `split_at_mark` kept as `data-before` and `data-after` on
    /// `el`, with `middle` where the mark was.
    pub fn fill(el: &Element, middle: &str) -> String {
        let mut text = data(el, "data-before");
        text.push_str(middle);
        text.push_str(&data(el, "data-after"));
        text
    }

    /// Says `text` in a live region.
    pub fn say(region: &Element, text: &str) {
        region.set_text_content(Some(text));
    }
}

#[cfg(test)]
mod tests {
    use super::split_at_mark;

    #[test]
    fn a_text_is_split_around_its_mark() {
        assert_eq!(
            split_at_mark("Sent: %P%%", "%P%"),
            ("Sent: ".to_string(), "%".to_string())
        );
        assert_eq!(
            split_at_mark("no mark", "%P%"),
            ("no mark".to_string(), String::new())
        );
    }
}
