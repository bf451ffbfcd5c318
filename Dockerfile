# Build with Maven, run on a JRE as a non-root user; conversations live in the /data volume.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# The Chinese font that letter PDFs embed (WenQuanYi Micro Hei, TrueType); see anxin.letters.font.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app anxin \
    && mkdir -p /data \
    && chown anxin /data
WORKDIR /app
COPY --from=build /src/target/anxin.jar /app/anxin.jar
COPY dialogs /app/dialogs
USER anxin
ENV ANXIN_DATA_DIR=/data \
    ANXIN_DIALOGS_DIR=/app/dialogs
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-jar", "/app/anxin.jar", "health"]
ENTRYPOINT ["java", "-jar", "/app/anxin.jar"]
