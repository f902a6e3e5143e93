//! The client's address, for per-address limits and the audit log.

use super::state::PortalState;
use axum::extract::{ConnectInfo, FromRequestParts};
use http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The client's address of a request, as text ("unknown" if not known).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub String);

impl FromRequestParts<PortalState> for ClientAddress {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &PortalState) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress::of(parts, state))
    }
}

impl ClientAddress {
    pub fn of(parts: &Parts, state: &PortalState) -> Self {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        ClientAddress(
            client_address(peer, &forwarded, &state.trusted_proxies)
                .map_or_else(|| "unknown".to_string(), |ip| ip.to_string()),
        )
    }
}

impl ClientAddress {
    /// The client as per-address limits count it. One home or phone gets a
    /// whole IPv6 /64 and may use any address in it, so the /64 is one client.
    pub fn for_limits(&self) -> String {
        match self.0.parse::<IpAddr>().map(|ip| ip.to_canonical()) {
            Ok(IpAddr::V6(ip)) => {
                let [a, b, c, d, ..] = ip.segments();
                format!("{}/64", std::net::Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
            }
            Ok(ip) => ip.to_string(),
            Err(_) => self.0.clone(),
        }
    }
}

/// Behind a trusted proxy the client is the right-most address in
/// `X-Forwarded-For` that is not one of our proxies (the left-most entries
/// are whatever the client chose to send).
pub fn client_address(peer: Option<IpAddr>, forwarded_for: &[&str], trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let hops: Vec<IpAddr> = forwarded_for
        .iter()
        .flat_map(|header| header.split(','))
        .filter_map(|hop| hop.trim().parse().ok())
        .collect();
    Some(
        hops.into_iter()
            .rev()
            .find(|hop| !trusted.contains(hop))
            .unwrap_or(peer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_is_the_last_address_our_proxies_did_not_add() {
        let ip = |a: u8, b: u8, c: u8, d: u8| IpAddr::from([a, b, c, d]);
        let proxies = [ip(10, 0, 0, 5), ip(10, 0, 0, 6)];
        let client = ip(203, 0, 113, 9);
        // Not behind a proxy: the header is ignored, whatever it says.
        assert_eq!(client_address(Some(client), &["1.2.3.4"], &proxies), Some(client));
        assert_eq!(
            client_address(Some(proxies[0]), &["203.0.113.9"], &proxies),
            Some(client)
        );
        // A client cannot hide behind an address it wrote itself.
        assert_eq!(
            client_address(Some(proxies[0]), &["1.2.3.4, 203.0.113.9", "10.0.0.6"], &proxies),
            Some(client)
        );
        assert_eq!(
            client_address(Some(proxies[0]), &["garbage"], &proxies),
            Some(proxies[0])
        );
        assert_eq!(client_address(None, &[], &proxies), None);
    }

    #[test]
    fn limits_count_an_ipv6_64_as_one_client() {
        let key = |a: &str| ClientAddress(a.to_string()).for_limits();
        assert_eq!(key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:2:bbbb:cccc:dddd:eeee"), "2001:db8:1:2::/64");
        assert_ne!(key("2001:db8:1:3::1"), key("2001:db8:1:2::1"));
        assert_eq!(key("203.0.113.9"), "203.0.113.9");
        assert_eq!(key("::ffff:203.0.113.9"), "203.0.113.9");
        assert_eq!(key("unknown"), "unknown");
    }
}
