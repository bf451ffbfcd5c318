# Build with Maven, run on a JRE as a non-root user; conversations live in the /data volume.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

# Java 25 at run time (the jar is built for 17 and up) for its ahead-of-time cache, below.
FROM eclipse-temurin:25-jre
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
# Ahead-of-time cache (JEPs 483, 514 and 515; Spring Boot's documented recipe for Java 25): the jar is extracted (the cache
# wants plain class-path jars), then one training run records the classes it loaded and linked, and the methods it
# ran, into a cache that every later start maps instead of doing that work again. The training run (`warm-up`) starts
# the whole server on a throwaway data folder with the server's heap setting, has one conversation with it through
# the web chat (consent, a typed sentence the language model reads, the repayment plan and its chart), and stops.
# It also keeps the dialogs' example sentences' vectors, so that a new server is ready in seconds, not after encoding
# every example on a new /data volume.
RUN java -Djarmode=tools -jar /tmp/anxin.jar extract --destination /app/extracted \
    && rm /tmp/anxin.jar \
    && ANXIN_DIALOGS_DIR=/app/dialogs MALLOC_ARENA_MAX=2 \
       java -Xmx256m --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput=/app/anxin.aot \
            -jar /app/extracted/anxin.jar warm-up --vectors /app/example-vectors.bin
USER anxin
# Every java started here (the server, the health check, a command run with docker exec) gets the settings of the
# training run, so that the cache matches it: a heap of at most 256 MiB (in the benchmark's runs about as many turns
# as with 384 MiB, in less memory; see docs/performance.md; without a bound G1 takes a quarter of the machine),
# and SQLite's and ONNX Runtime's native code allowed. The JVM's own messages go to standard error, so that a
# command's standard output carries its answer alone. Two malloc arenas for the language model's native memory
# instead of one per thread.
ENV ANXIN_DATA_DIR=/data \
    ANXIN_DIALOGS_DIR=/app/dialogs \
    ANXIN_UNDERSTANDING_SHIPPED_VECTORS=/app/example-vectors.bin \
    MALLOC_ARENA_MAX=2 \
    JDK_JAVA_OPTIONS="-Xmx256m --enable-native-access=ALL-UNNAMED -XX:AOTCache=/app/anxin.aot -Xlog:disable -Xlog:all=warning:stderr"
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-jar", "/app/extracted/anxin.jar", "health"]
ENTRYPOINT ["java", "-jar", "/app/extracted/anxin.jar"]
