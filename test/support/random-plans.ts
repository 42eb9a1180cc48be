import { expect } from 'vitest';
import { todayInChina } from '../../src/domain/today.js';
import {
  CreateRandomInspectionPlanDocument,
  DrawRandomInspectionPlanDocument,
  type CreateRandomInspectionPlanInput,
  type RandomInspectionPlanFieldsFragment,
} from '../generated/graphql.js';
import type { Credentials, TestHub } from './hub.js';

/** Creates a 双随机 plan (as the national regulator unless told) and answers it, still undrawn. */
export async function createPlan(hub: TestHub, input: Partial<CreateRandomInspectionPlanInput> & { regionCode: string }, as?: Credentials): Promise<RandomInspectionPlanFieldsFragment> {
  const variables = { input: { name: '双随机抽查', plannedOn: todayInChina(), ...input } };
  const result = as ? await hub.executeAs(as, CreateRandomInspectionPlanDocument, variables) : await hub.execute(CreateRandomInspectionPlanDocument, variables);
  expect(result.errors).toBeUndefined();
  const payload = result.data!.createRandomInspectionPlan;
  if (payload.__typename !== 'CreateRandomInspectionPlanSuccess') throw new Error(`createRandomInspectionPlan failed: ${JSON.stringify(payload)}`);
  return payload.data;
}

/** Draws a plan, answering the union as it came (success or typed error). */
export async function drawPlanResult(hub: TestHub, planId: string, as?: Credentials) {
  const variables = { input: { planId } };
  const result = as ? await hub.executeAs(as, DrawRandomInspectionPlanDocument, variables) : await hub.execute(DrawRandomInspectionPlanDocument, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.drawRandomInspectionPlan;
}

/** Draws a plan and answers it drawn; anything else fails the test. */
export async function drawPlan(hub: TestHub, planId: string): Promise<RandomInspectionPlanFieldsFragment> {
  const payload = await drawPlanResult(hub, planId);
  if (payload.__typename !== 'DrawRandomInspectionPlanSuccess') throw new Error(`drawRandomInspectionPlan failed: ${JSON.stringify(payload)}`);
  return payload.data;
}

/** Creates and draws a plan at once. */
export async function createAndDrawPlan(hub: TestHub, input: Partial<CreateRandomInspectionPlanInput> & { regionCode: string }) {
  return drawPlan(hub, (await createPlan(hub, input)).id);
}
