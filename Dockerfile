# UNTESTED: the machine this project is built on has no Docker engine; nothing here has been built or run.
# Builds and runs the published app (docs/deployment.md). SQLite by default: mount a volume on /app/App_Data, or set
# Database__Provider=PostgreSql and ConnectionStrings__MineralTrade.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The build fetches the charting library with npm (package-lock.json pins it).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/MineralTrade.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "MineralTrade.Web.dll"]
