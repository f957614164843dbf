# Production image: build the jar (with the production frontend bundle) in one stage, run it as a non-root
# user on a JRE in the next. Settings come from the environment (see README, "Settings").
FROM eclipse-temurin:25-jdk AS build
# npm fetches Node 24 from the npm registry for Vaadin's frontend build (.mvn/ensure-node.sh).
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline || true
COPY frontend frontend
COPY migrations migrations
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/chenggeng-*.jar /src/app.jar

# The JVM's AOT cache (issue 15, decision 0033): the jar extracted and a training run at image build, on the JRE the
# image runs (the cache is only valid for the same JDK build and the same jar files), on an in-memory H2 database with
# throw-away keys, so that no database is needed here. The application then starts in a fraction of the time.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app chenggeng && mkdir -p /app && chown chenggeng /app
WORKDIR /app
COPY --from=build /src/app.jar /tmp/build/target/chenggeng-app.jar
COPY scripts/aot-cache.sh /tmp/build/scripts/aot-cache.sh
RUN bash /tmp/build/scripts/aot-cache.sh /tmp/build/target/chenggeng-app.jar /app \
    && rm -rf /tmp/build /app/training.log && chown -R chenggeng /app
USER chenggeng
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD wget -qO- http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/chenggeng.jar"]
