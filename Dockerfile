# PrintDesk container image.
#   docker build -t printdesk .
#   docker run --env-file .env -p 8080:8080 printdesk      (or: docker compose up --build)
# Configuration comes from environment variables only; see .env.example.

# ---- build ---------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# Dependencies first, so this layer is rebuilt only when pom.xml or the wrapper changes.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

COPY src/ src/
COPY db/ db/
COPY slicer/ slicer/
RUN ./mvnw -B -q -DskipTests package

# ---- runtime -------------------------------------------------------------------------------
# Debian 12 (bookworm) with the Temurin 17 JRE copied in (Adoptium's documented pattern for other
# base images). Not eclipse-temurin:17-jre itself: that image is Ubuntu, whose prusa-slicer is a
# different version (2.7+ on 24.04 and later), while the slicer profiles and the measured slicer
# behaviour in DESIGN.md are for PrusaSlicer 2.5.0, which is what Debian 12 ships.
FROM debian:bookworm-slim

ENV JAVA_HOME=/opt/java/openjdk \
    LANG=C.UTF-8
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=eclipse-temurin:17-jre /opt/java/openjdk /opt/java/openjdk

# prusa-slicer: the slicing module runs its CLI. curl: the health check below.
# fontconfig, tzdata, ca-certificates: what the Temurin images install for the JRE.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        prusa-slicer ca-certificates curl fontconfig tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && java -version

# Unprivileged user with a writable home (PrusaSlicer keeps its data directory under $HOME).
RUN groupadd --system --gid 10001 printdesk \
    && useradd --system --uid 10001 --gid printdesk --create-home --home-dir /home/printdesk \
        --shell /usr/sbin/nologin printdesk

WORKDIR /app
COPY --from=build /workspace/target/printdesk-*.jar /app/app.jar
COPY --from=build /workspace/slicer/ /app/slicer/

ENV SLICER_BIN=/usr/bin/prusa-slicer
USER 10001:10001
EXPOSE 8080

# /actuator/health is open to anonymous requests (status only) and answers 503 when the database
# or object storage is down. Start-up includes Flyway migrations, hence the long start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${PORT:-8080}/actuator/health" || exit 1

# Extra JVM options: set JAVA_TOOL_OPTIONS (the JVM reads it; this exec form expands nothing).
# The heap takes 75 % of the container's memory limit; PrusaSlicer processes (up to
# SLICER_CONCURRENCY of them, 80-170 MB each) live outside the heap, so size the limit for both.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
