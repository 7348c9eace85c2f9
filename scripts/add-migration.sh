#!/usr/bin/env bash
# Adds an EF Core migration for both databases (SQLite and PostgreSQL), each in its own folder.
# Usage: scripts/add-migration.sh NameOfTheChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfTheChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
cd src/Hearth.Web
dotnet ef migrations add "$name" --context SqliteHearthDb --output-dir Data/Migrations/Sqlite --namespace Hearth.Web.Data.Migrations.Sqlite
dotnet ef migrations add "$name" --context PostgresHearthDb --output-dir Data/Migrations/Postgres --namespace Hearth.Web.Data.Migrations.Postgres
# A first migration puts the model snapshot in a folder named after its namespace: keep it beside the migrations.
for db in Sqlite Postgres; do
  if [ -f "Hearth/Web/Data/Migrations/$db/${db}HearthDbModelSnapshot.cs" ]; then
    mv "Hearth/Web/Data/Migrations/$db/${db}HearthDbModelSnapshot.cs" "Data/Migrations/$db/"
  fi
done
rm -rf Hearth
echo "Added migration $name for SQLite and PostgreSQL. Review both before committing."
