//! Prometheus metrics, served at `/metrics` in the OpenMetrics text format.

use std::time::Duration;

use actix_web::{HttpResponse, web};
use prometheus_client::{
    encoding::{EncodeLabelSet, text::encode},
    metrics::{
        counter::Counter,
        family::Family,
        gauge::Gauge,
        histogram::{Histogram, exponential_buckets},
        info::Info,
    },
    registry::Registry,
};

use crate::{
    error::{ApiError, AppError},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/metrics")
        .get(Access::Public, metrics)
        .done();
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    pool: &'static str,
    state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutboxLabels {
    kind: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResultLabels {
    result: &'static str,
}

type HistogramFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

/// The process's metrics registry.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: HistogramFamily,
    pool_connections: Family<PoolLabels, Gauge>,
    outbox_emails: Family<OutboxLabels, Gauge>,
    outbox_retries: Family<KindLabels, Gauge>,
    reminders_missed: Gauge,
    page_cache: Family<ResultLabels, Counter>,
}

fn latency_histogram() -> Histogram {
    // 0.5 ms … ~4 s
    Histogram::new(exponential_buckets(0.0005, 2.0, 14))
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("muster");
        let requests = Family::<RequestLabels, Counter>::default();
        let durations = HistogramFamily::new_with_constructor(latency_histogram);
        let pool_connections = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route pattern and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer HTTP requests, by route pattern",
            durations.clone(),
        );
        registry.register(
            "db_pool_connections",
            "Database pool connections, by pool and state",
            pool_connections.clone(),
        );
        let outbox_emails = Family::<OutboxLabels, Gauge>::default();
        let outbox_retries = Family::<KindLabels, Gauge>::default();
        let reminders_missed = Gauge::default();
        registry.register(
            "outbox_emails",
            "Emails in the outbox, by kind and status (pending = queued, sent, failed, dropped)",
            outbox_emails.clone(),
        );
        registry.register(
            "outbox_retries",
            "Delivery attempts beyond the first, by kind of email",
            outbox_retries.clone(),
        );
        registry.register(
            "reminders_missed",
            "Reminders not sent because their moment passed while no worker ran (last 30 days)",
            reminders_missed.clone(),
        );
        let page_cache = Family::<ResultLabels, Counter>::default();
        registry.register(
            "page_cache_lookups",
            "Visitors' page requests served from rendered pages, and members' event pages made from the kept shared part (hit), or read and rendered anew (miss)",
            page_cache.clone(),
        );
        registry.register(
            "build",
            "The running Muster version",
            Info::new(vec![(
                "version".to_owned(),
                env!("CARGO_PKG_VERSION").to_owned(),
            )]),
        );
        Self {
            registry,
            requests,
            durations,
            pool_connections,
            outbox_emails,
            outbox_retries,
            reminders_missed,
            page_cache,
        }
    }

    /// Counts a visitor's page found rendered (`hit`) or rendered anew.
    pub fn observe_page_cache(&self, hit: bool) {
        let result = if hit { "hit" } else { "miss" };
        self.page_cache
            .get_or_create(&ResultLabels { result })
            .inc();
    }

    pub fn observe_request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        self.requests
            .get_or_create(&RequestLabels {
                method: method.to_owned(),
                route: route.to_owned(),
                status,
            })
            .inc();
        self.durations
            .get_or_create(&RouteLabels {
                method: method.to_owned(),
                route: route.to_owned(),
            })
            .observe(elapsed.as_secs_f64());
    }

    /// Sets the outbox gauges from the database (one GROUP BY each).
    fn observe_outbox(&self, stats: &[muster_db::outbox::KindStats], missed: i64) {
        self.outbox_emails.clear();
        self.outbox_retries.clear();
        for line in stats {
            self.outbox_emails
                .get_or_create(&OutboxLabels {
                    kind: line.kind.clone(),
                    status: line.status.as_str().to_owned(),
                })
                .set(line.emails);
            self.outbox_retries
                .get_or_create(&KindLabels {
                    kind: line.kind.clone(),
                })
                .inc_by(line.retries);
        }
        self.reminders_missed.set(missed);
    }

    fn encode(&self, state: &AppState) -> Result<String, std::fmt::Error> {
        for (pool, open, idle) in state.db.pool_state() {
            self.pool_connections
                .get_or_create(&PoolLabels {
                    pool,
                    state: "idle",
                })
                .set(i64::from(idle));
            self.pool_connections
                .get_or_create(&PoolLabels {
                    pool,
                    state: "in_use",
                })
                .set(i64::from(open.saturating_sub(idle)));
        }
        let mut out = String::with_capacity(4096);
        encode(&mut out, &self.registry)?;
        Ok(out)
    }
}

/// Metrics for Prometheus. Restrict access at your reverse proxy if you prefer it private;
/// it carries counts and timings per route, never user data.
#[utoipa::path(
    get, path = "/metrics", tag = "operations",
    responses((status = 200, description = "OpenMetrics text", content_type = "application/openmetrics-text"))
)]
pub async fn metrics(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let (stats, missed) = state
        .db
        .read(|c| {
            Ok((
                muster_db::outbox::stats(c)?,
                muster_db::notifications::missed_reminders(c)?,
            ))
        })
        .await?;
    state.metrics.observe_outbox(&stats, missed);
    let text = state.metrics.encode(&state).map_err(AppError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(text))
}
