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
COPY --from=build /src/target/anxin.jar /tmp/anxin.jar
COPY dialogs /app/dialogs
# Class data sharing (Spring Boot's documented way): the jar is extracted (CDS wants plain class-path jars), then one
# training start writes the classes it loaded into an archive that every later start maps instead of parsing them
# again. The training start stops once the context is refreshed; its data folder is thrown away.
RUN java -Djarmode=tools -jar /tmp/anxin.jar extract --destination /app/extracted \
    && rm /tmp/anxin.jar \
    && ANXIN_DATA_DIR=/tmp/training ANXIN_DIALOGS_DIR=/app/dialogs \
       java -XX:ArchiveClassesAtExit=/app/anxin.jsa -Dspring.context.exit=onRefresh -jar /app/extracted/anxin.jar \
    && rm -rf /tmp/training
USER anxin
# Memory: a heap of at most 384 MiB (under load the server uses about 270; without a bound G1 takes a quarter of
# the machine), and two malloc arenas for the language model's native memory instead of one per thread.
ENV ANXIN_DATA_DIR=/data \
    ANXIN_DIALOGS_DIR=/app/dialogs \
    MALLOC_ARENA_MAX=2
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-XX:SharedArchiveFile=/app/anxin.jsa", "-jar", "/app/extracted/anxin.jar", "health"]
ENTRYPOINT ["java", "-Xmx384m", "-XX:SharedArchiveFile=/app/anxin.jsa", "-jar", "/app/extracted/anxin.jar"]
