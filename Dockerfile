# syntax=docker/dockerfile:1
# BlazorShop: build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
#   docker build -t blazorshop .      (or: docker compose up -d --build, see docker-compose.yml)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish BlazorShop/BlazorShop.csproj -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# fonts-wqy-microhei: Chinese + Latin glyphs for the PDF invoices; curl: the container health check.
# (noninteractive: tzdata would otherwise ask for a time zone during the build)
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-microhei curl tzdata \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish /app
# The image's built-in non-root user "app" ($APP_UID) owns the data directory and the key-certificate folder
# (volumes in compose); the app narrows them to 0700 and its files to 0600.
RUN mkdir -p /app/data /app/keys && chown -R "$APP_UID" /app/data /app/keys && chmod 0700 /app/data /app/keys
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080 \
    TZ=UTC \
    DataDirectory=/app/data \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 \
  CMD curl -fsS http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "BlazorShop.dll"]
