#!/bin/sh
# Stands in for Prisma's native engines (PRISMA_SCHEMA_ENGINE_BINARY, PRISMA_QUERY_ENGINE_LIBRARY) so
# the CLI finds a file and never tries to download one. It must fail: a stub that exits 0 makes
# `prisma migrate deploy` report success while applying nothing.
echo "Prisma's native engines are not available here: use jiguan-migrate / @jiguan/prisma-migrate" >&2
exit 1
