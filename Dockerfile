# One image per app: docker build --build-arg APP=command-side (or query-side) .
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:21-jre
ARG APP
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/${APP}/target/${APP}-*-exec.jar /app/app.jar
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
