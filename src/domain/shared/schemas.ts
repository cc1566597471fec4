import { z } from 'zod';

/** Shared field schemas for workflow inputs. */
export const idSchema = z.string().min(1).max(200);
export const reasonSchema = z.string().trim().min(1).max(4_000);
export const noteSchema = z.string().trim().max(20_000);
/** A calendar date (`2027-01-01`) or a timestamp with offset. */
export const whenSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export const timestampSchema = z.iso.datetime({ offset: true });
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256 digest');
