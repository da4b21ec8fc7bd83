//! The route table: every route, its method, and who may call it — in one place.
//!
//! Routes are registered through [`RouteTable`], which records an [`Access`] policy for each
//! and wraps the resource in a check of it, so a route cannot exist without a policy. The same
//! table can be built without a server ([`RouteTable::list`]) for the tests that walk it.

use std::sync::Arc;

use actix_web::{
    Error, FromRequest, Handler, HttpMessage, Resource, Responder,
    body::{BoxBody, EitherBody, MessageBody},
    dev::{ServiceRequest, ServiceResponse},
    guard,
    http::Method,
    middleware::{Next, from_fn},
    web,
};

use crate::{
    auth::{Authn, login_redirect},
    error::{AppError, ErrorCode, html_error_response, is_api_path, json_error_response},
};

/// Who may call a route. Anything finer (the organizers of this group…) is decided by the
/// handler through the policy functions, on top of this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Anyone holding the secret token in the URL (verification, reset, feed links).
    SecretLink,
    /// Any signed-in person, verified or not.
    Authenticated,
    /// A signed-in person whose email address is verified.
    Verified,
    /// An instance administrator.
    Admin,
}

/// One route, as the table knows it.
#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
}

/// A resource ready to be registered into actix.
type Registration = Box<dyn FnOnce(&mut web::ServiceConfig)>;

/// Collects routes; registers them into actix when given a `ServiceConfig`.
pub struct RouteTable<'a> {
    cfg: Option<&'a mut web::ServiceConfig>,
    routes: Vec<RouteInfo>,
    /// Resources to register, with whether they are visitors' pages (see [`Self::register`]).
    pending: Vec<(bool, Registration)>,
}

impl<'a> RouteTable<'a> {
    fn new(cfg: Option<&'a mut web::ServiceConfig>) -> Self {
        Self {
            cfg,
            routes: Vec::new(),
            pending: Vec::new(),
        }
    }

    /// Registers every route into `cfg`. actix tries the resources of a request in the order
    /// they were registered, matching each path pattern in turn, so the pages anyone may read
    /// (a public GET outside the API: the group, its events, an event, the calendars) go
    /// first and are found after a few patterns rather than a hundred. Otherwise the order is
    /// the table's: where two patterns can match the same path, both are on the same side
    /// (`routes::tests::overlapping_paths_keep_their_order`), so the first still wins.
    pub fn register(cfg: &mut web::ServiceConfig) {
        let mut table = RouteTable::new(Some(cfg));
        crate::register_routes(&mut table);
        let mut pending = std::mem::take(&mut table.pending);
        pending.sort_by_key(|(visitors, _)| !visitors);
        if let Some(cfg) = table.cfg {
            for (_, register) in pending {
                register(cfg);
            }
        }
    }

    /// Every route, without a server.
    pub fn list() -> Vec<RouteInfo> {
        let mut table = RouteTable::new(None);
        crate::register_routes(&mut table);
        table.routes
    }

    pub fn resource(&mut self, path: &'static str) -> ResourceBuilder<'_, 'a> {
        ResourceBuilder {
            table: self,
            path,
            resource: Resource::new(path),
            accesses: Vec::new(),
        }
    }
}

/// Builds one path's routes. Call [`ResourceBuilder::done`] at the end.
pub struct ResourceBuilder<'t, 'a> {
    table: &'t mut RouteTable<'a>,
    path: &'static str,
    resource: Resource,
    accesses: Vec<(Method, Access)>,
}

macro_rules! method {
    ($name:ident, $method:ident) => {
        pub fn $name<F, Args>(self, access: Access, handler: F) -> Self
        where
            F: Handler<Args>,
            Args: FromRequest + 'static,
            F::Output: Responder + 'static,
        {
            self.route(
                Method::$method,
                access,
                web::method(Method::$method).to(handler),
            )
        }
    };
}

impl ResourceBuilder<'_, '_> {
    /// A GET route, which also answers HEAD (RFC 9110 §9.3.2): the same handler runs and
    /// actix-http sends its status and headers without the body.
    pub fn get<F, Args>(self, access: Access, handler: F) -> Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        let route = web::route()
            .guard(guard::Any(guard::Get()).or(guard::Head()))
            .to(handler);
        self.route(Method::GET, access, route)
    }

    method!(post, POST);
    method!(put, PUT);
    method!(patch, PATCH);
    method!(delete, DELETE);

    fn route(mut self, method: Method, access: Access, route: actix_web::Route) -> Self {
        self.resource = self.resource.route(route);
        self.accesses.push((method, access));
        self
    }

    pub fn done(self) {
        for (method, access) in &self.accesses {
            self.table.routes.push(RouteInfo {
                method: method.clone(),
                path: self.path,
                access: *access,
            });
        }
        if self.table.cfg.is_some() {
            let visitors = for_visitors(self.path, &self.accesses);
            let accesses: Arc<[(Method, Access)]> = self.accesses.into();
            let resource = self.resource.wrap(from_fn(move |req, next| {
                enforce(accesses.clone(), req, next)
            }));
            self.table.pending.push((
                visitors,
                Box::new(move |cfg| {
                    cfg.service(resource);
                }),
            ));
        }
    }
}

/// Whether a path is one of the pages anyone may read: a public GET outside the API.
fn for_visitors(path: &str, accesses: &[(Method, Access)]) -> bool {
    !path.starts_with("/api/")
        && accesses
            .iter()
            .any(|(method, access)| *method == Method::GET && *access == Access::Public)
}

async fn enforce(
    accesses: Arc<[(Method, Access)]>,
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<BoxBody>>, Error> {
    // HEAD is answered like GET.
    let method = if req.method() == Method::HEAD {
        Method::GET
    } else {
        req.method().clone()
    };
    let access = accesses
        .iter()
        .find(|(m, _)| *m == method)
        .map_or(Access::Public, |(_, a)| *a);
    let authn = req.extensions().get::<Authn>().cloned();
    let refusal = match (access, &authn) {
        (Access::Public | Access::SecretLink, _) => None,
        (Access::Authenticated | Access::Verified | Access::Admin, None) => {
            if is_api_path(req.path()) || method != Method::GET {
                Some(AppError::unauthorized())
            } else {
                let target = req
                    .uri()
                    .path_and_query()
                    .map_or_else(|| req.path().to_owned(), |p| p.as_str().to_owned());
                return Ok(req
                    .into_response(login_redirect(&target))
                    .map_into_right_body());
            }
        }
        (Access::Verified, Some(a)) if !a.user.is_verified() => Some(
            AppError::forbidden(
                "Please confirm your email address first: use the link we sent you.",
            )
            .with_code(ErrorCode::EmailNotVerified),
        ),
        (Access::Admin, Some(a)) if !a.user.is_admin => {
            tracing::warn!(user = %a.user.id, route = %req.match_pattern().unwrap_or_default(), "admin route refused");
            Some(AppError::admins_only())
        }
        _ => None,
    };
    if let Some(error) = refusal {
        let response = if is_api_path(req.path()) {
            json_error_response(&error)
        } else {
            html_error_response(&error)
        };
        return Ok(req.into_response(response).map_into_right_body());
    }
    Ok(next
        .call(req)
        .await?
        .map_into_boxed_body()
        .map_into_left_body())
}

#[cfg(test)]
mod tests {
    use actix_web::{dev::ResourceDef, http::Method};

    use super::{Access, RouteTable, for_visitors};

    /// A value for one segment of a pattern that the segment matches: its parameter filled
    /// with the first of a few sample values that fits.
    fn sample_segment(segment: &str) -> String {
        const SAMPLES: [&str; 3] = ["x1", "0190f3a1-8e6c-7a51-9c1d-2f4b6a8e0c11", "1"];
        let (Some(open), Some(close)) = (segment.find('{'), segment.rfind('}')) else {
            return segment.to_owned();
        };
        let (before, after) = (&segment[..open], &segment[close + 1..]);
        let def = ResourceDef::new(format!("/{segment}"));
        let value = SAMPLES
            .iter()
            .map(|value| format!("{before}{value}{after}"))
            .find(|candidate| def.is_match(&format!("/{candidate}")));
        value.unwrap_or_else(|| panic!("no sample value fits the segment {segment}"))
    }

    /// The paths that could match both patterns: segment by segment, a fixed segment of
    /// either, or where both have a parameter, a sample value of one or the other.
    fn paths_both_may_match(a: &str, b: &str) -> Vec<String> {
        let (a, b): (Vec<&str>, Vec<&str>) = (
            a.trim_start_matches('/').split('/').collect(),
            b.trim_start_matches('/').split('/').collect(),
        );
        if a.len() != b.len() {
            return Vec::new();
        }
        let mut paths = vec![String::new()];
        for (x, y) in a.iter().zip(&b) {
            let choices = match (x.contains('{'), y.contains('{')) {
                (false, _) => vec![(*x).to_owned()],
                (true, false) => vec![(*y).to_owned()],
                (true, true) => vec![sample_segment(x), sample_segment(y)],
            };
            paths = paths
                .iter()
                .flat_map(|path| choices.iter().map(move |c| format!("{path}/{c}")))
                .collect();
        }
        paths
    }

    /// The route table is registered visitors' pages first, not quite in the order it is
    /// written: that is only safe while two patterns that match the same path (a static
    /// segment and a parameter, such as `/account/verify/resend` and `/account/verify/{token}`)
    /// are both visitors' pages or both not, so their order stays.
    #[test]
    fn overlapping_paths_keep_their_order() {
        let routes = RouteTable::list();
        let mut patterns: Vec<&str> = routes.iter().map(|r| r.path).collect();
        patterns.dedup();
        let class = |pattern: &str| {
            let accesses: Vec<(Method, Access)> = routes
                .iter()
                .filter(|r| r.path == pattern)
                .map(|r| (r.method.clone(), r.access))
                .collect();
            for_visitors(pattern, &accesses)
        };
        let mut overlaps = 0;
        for (i, a) in patterns.iter().enumerate() {
            let def_a = ResourceDef::new(*a);
            for b in &patterns[i + 1..] {
                let def_b = ResourceDef::new(*b);
                let shared = paths_both_may_match(a, b)
                    .into_iter()
                    .find(|path| def_a.is_match(path) && def_b.is_match(path));
                if let Some(path) = shared {
                    overlaps += 1;
                    assert_eq!(
                        class(a),
                        class(b),
                        "{path} matches {a} and {b}, which would be registered in another order"
                    );
                }
            }
        }
        // The check above has something to check (three such pairs today).
        assert!(overlaps > 0, "no overlapping patterns found");
    }

    /// The search for shared paths finds a parameter against a fixed segment either way round.
    #[test]
    fn shared_paths_cross_parameters_and_fixed_segments() {
        let found = |a: &str, b: &str| {
            let (def_a, def_b) = (ResourceDef::new(a), ResourceDef::new(b));
            paths_both_may_match(a, b)
                .iter()
                .any(|p| def_a.is_match(p) && def_b.is_match(p))
        };
        assert!(found("/a/{x}", "/{y}/b"));
        assert!(found("/g/{slug}/events/new", "/g/{slug}/events/{id}"));
        assert!(!found(
            "/g/{slug}/events/new",
            "/g/{slug}/events/{id:[0-9a-fA-F-]+}"
        ));
        assert!(!found("/a/{x}", "/a/{x}/b"));
    }
}
