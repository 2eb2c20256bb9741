/**
 * What a run asks for beyond its kinds: the `${{ ssm: }}` parameters it reads before a phase
 * starts (aws/ssm-parameters.ts: GetParameters, WithDecryption) and the release record kept in
 * Parameter Store under `/phasegate/APP/ENVIRONMENT/`.
 */
import {
  allow,
  decryptViaSsm,
  type IamScope,
  type IamStatement,
  parameterArn,
} from '../../aws/iam.js';
import { STATE_KEY } from '../record/keys.js';

/**
 * GetParameters authorizes on each parameter named (SAR, AWS Systems Manager, resource type
 * parameter); SecureStrings are decrypted with their KMS key through SSM.
 */
export function templateParameters(names: readonly string[], scope: IamScope): IamStatement[] {
  if (names.length === 0) return [];
  return [
    allow(
      'ReadPlanParameters',
      ['ssm:GetParameters'],
      names.map((n) => parameterArn(scope, n)),
    ),
    decryptViaSsm(scope),
  ];
}

/**
 * The release record: one parameter per fact under `/phasegate/APP/ENVIRONMENT/`, read, written
 * and removed by name, and listed by path. GetParametersByPath "authorizes against the path in
 * the request rather than against the parameters it returns" (SSM User Guide, "How Parameter
 * Store authorizes parameter retrieval"), so the path is named beside the parameters under it.
 */
export function releaseRecord(
  app: string,
  environment: string,
  scope: IamScope,
  promoteFrom?: string,
): IamStatement[] {
  const path = parameterArn(scope, `/phasegate/${app}/${environment}`);
  return [
    allow(
      'ReleaseRecord',
      ['ssm:DeleteParameter', 'ssm:GetParameter', 'ssm:PutParameter'],
      [`${path}/*`],
    ),
    allow('ReleaseRecordByPath', ['ssm:GetParametersByPath'], [path, `${path}/*`]),
    // promote-from reads only what the other environment released (its `state` parameter),
    // never its phases or lease, and writes nothing there.
    ...(promoteFrom
      ? [
          allow(
            'PromoteFrom',
            ['ssm:GetParameter'],
            [`${parameterArn(scope, `/phasegate/${app}/${promoteFrom}`)}/${STATE_KEY}`],
          ),
        ]
      : []),
  ];
}
