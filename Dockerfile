# Multi-stage build of the single `muster` binary. Untested here (no Docker engine on the
# development machines); see README.
FROM rust:1.95-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p muster-server && cp target/release/muster /usr/local/bin/muster

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data muster \
    && mkdir -p /data && chown muster /data
COPY --from=build /usr/local/bin/muster /usr/local/bin/muster
USER muster
WORKDIR /data
ENV MUSTER_DATA_DIR=/data \
    MUSTER_BIND=0.0.0.0:8080
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["muster"]
CMD ["serve"]
