#!/usr/bin/env bash
# Adds a migration to BOTH providers' migration sets (each provider has its own, PACKAGES.md §6).
# Usage: scripts/add-migration.sh <Name>      (needs: dotnet tool install -g dotnet-ef --version 10.0.14)
set -euo pipefail
name=${1:?migration name}
cd "$(dirname "$0")/../BlazorShop"
export EfDesign=true
dotnet restore -p:EfDesign=true >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --context "${provider}ShopDbContext" \
    --output-dir "Infrastructure/Data/Migrations/$provider" --namespace "BlazorShop.Infrastructure.Data.Migrations.$provider"
done
# dotnet-ef 10 writes the model snapshot under BlazorShop/BlazorShop/...: put it beside its migrations.
if [ -d BlazorShop/Infrastructure ]; then
  for provider in Sqlite Postgres; do
    mv BlazorShop/Infrastructure/Data/Migrations/$provider/*Snapshot.cs "Infrastructure/Data/Migrations/$provider/" 2>/dev/null || true
  done
  rm -rf BlazorShop
fi
# Restore again without the design-time references so normal builds stay clean.
unset EfDesign; dotnet restore >/dev/null
