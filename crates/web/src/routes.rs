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

/// Collects routes; registers them into actix when given a `ServiceConfig`.
pub struct RouteTable<'a> {
    cfg: Option<&'a mut web::ServiceConfig>,
    routes: Vec<RouteInfo>,
}

impl<'a> RouteTable<'a> {
    fn new(cfg: Option<&'a mut web::ServiceConfig>) -> Self {
        Self {
            cfg,
            routes: Vec::new(),
        }
    }

    /// Registers every route into `cfg`.
    pub fn register(cfg: &mut web::ServiceConfig) {
        let mut table = RouteTable::new(Some(cfg));
        crate::register_routes(&mut table);
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
        if let Some(cfg) = self.table.cfg.as_deref_mut() {
            let accesses: Arc<[(Method, Access)]> = self.accesses.into();
            cfg.service(self.resource.wrap(from_fn(move |req, next| {
                enforce(accesses.clone(), req, next)
            })));
        }
    }
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
