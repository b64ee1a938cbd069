#!/usr/bin/env node
// Offline static validation of deploy/kubernetes and deploy/container/Dockerfile. No cluster, no registry,
// no network: `npm ci && node validate.mjs` (Node >= 18). Exit code 0 only when every check passes; the
// last line reads "N passed, M failed".
//
// What it checks:
//  1. every YAML file parses (duplicate keys are errors) and kustomization.yaml lists every manifest but
//     secret.example.yaml;
//  2. built-in kinds against the Kubernetes OpenAPI schemas (kubernetes-models: types, required fields,
//     enums, formats), plus unknown or misspelt fields, which the OpenAPI schemas let through, against the
//     field lists of the official client's generated models (@kubernetes/client-node);
//  3. CloudNativePG (postgresql.cnpg.io/v1) and Barman Cloud plugin (barmancloud.cnpg.io/v1) objects
//     against a hand-written schema of the fields these manifests use, transcribed from the CNPG 1.30 API
//     reference (no maintained offline package ships those CRDs): unknown fields fail, so a field added
//     later must be added here after checking the API reference;
//  4. this deployment's own rules: security settings, probes, replicas, the environment variables the
//     service reads, and that names agree across files (Secrets, roles, services, selectors);
//  5. the Dockerfile: syntax (dockerfile-utils, the VS Code Docker linter) and the Quarkus layout rules.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import Ajv from 'ajv';
import * as k8sClient from '@kubernetes/client-node';
import dockerfileUtils from 'dockerfile-utils';
import dockerfileAst from 'dockerfile-ast';

const here = dirname(fileURLToPath(import.meta.url));
const k8sDir = resolve(here, '..');
const dockerfilePath = resolve(k8sDir, '../container/Dockerfile');

// The environment variables the ungcuu container may set: the rows of README "Configuration" (the same
// table DeployFilesTest and ConfigurationReferenceTest hold against the code). Anything else is a typo.
const readme = readFileSync(resolve(k8sDir, '../../README.md'), 'utf8');
const configuration = readme.slice(readme.indexOf('\n## Configuration\n'), readme.indexOf('\n## Endpoints\n'));
const ALLOWED_ENV = new Set([...configuration.matchAll(/^\| (?:`[^`]+`|—) \| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]));
// values that must come from a Secret, never from the ConfigMap
const SECRET_ENV = new Set(['QUARKUS_DATASOURCE_PASSWORD', 'QUARKUS_LIQUIBASE_PASSWORD', 'UNGCUU_PROVINCIAL_WEBHOOK_SECRET']);

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    console.log(`ok     ${name}`);
  } else {
    failed++;
    console.log(`FAIL   ${name}${detail ? `\n       ${String(detail).replace(/\n/g, '\n       ')}` : ''}`);
  }
  return ok;
}

// ---------------------------------------------------------------------------------------------------------
// 1. YAML files and the kustomization
const yamlFiles = readdirSync(k8sDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const docsByFile = new Map();
for (const file of yamlFiles) {
  const docs = parseAllDocuments(readFileSync(join(k8sDir, file), 'utf8'), { uniqueKeys: true, prettyErrors: true });
  const problems = docs.flatMap((d) => [...d.errors, ...d.warnings]).map((e) => e.message);
  if (check(`${file}: YAML parses`, problems.length === 0, problems.join('\n'))) {
    docsByFile.set(file, docs.map((d) => d.toJS()).filter((o) => o !== null && o !== undefined));
  }
}
const kustomization = docsByFile.get('kustomization.yaml')?.[0] ?? {};
const listed = kustomization.resources ?? [];
const manifests = yamlFiles.filter((f) => f !== 'kustomization.yaml' && f !== 'secret.example.yaml');
check('kustomization.yaml lists every manifest', manifests.every((f) => listed.includes(f)),
  `not listed: ${manifests.filter((f) => !listed.includes(f)).join(', ')}`);
check('kustomization.yaml lists only existing files', listed.every((f) => yamlFiles.includes(f)),
  `missing: ${listed.filter((f) => !yamlFiles.includes(f)).join(', ')}`);
check('kustomization.yaml does not apply secret.example.yaml', !listed.includes('secret.example.yaml'));
check('kustomization.yaml sets namespace ungcuu', kustomization.namespace === 'ungcuu');

// kustomize itself, when kubectl is installed (it renders offline; `kubectl apply --dry-run` does not)
const kustomize = spawnSync('kubectl', ['kustomize', k8sDir], { encoding: 'utf8' });
if (kustomize.error) {
  console.log('skip   kubectl kustomize (kubectl not installed)');
} else if (check('kubectl kustomize renders', kustomize.status === 0, kustomize.stderr)) {
  const rendered = parseAllDocuments(kustomize.stdout).map((d) => d.toJS()).filter(Boolean);
  check(`kubectl kustomize: ${rendered.length} objects, all in namespace ungcuu`, rendered.length > 0
    && rendered.every((o) => (o.kind === 'Namespace' ? o.metadata.name : o.metadata.namespace) === 'ungcuu'));
}

const objects = []; // { file, obj }
for (const file of listed) for (const obj of docsByFile.get(file) ?? []) objects.push({ file, obj });
const examples = (docsByFile.get('secret.example.yaml') ?? []).map((obj) => ({ file: 'secret.example.yaml', obj }));

// ---------------------------------------------------------------------------------------------------------
// 2. Built-in kinds: OpenAPI schema (kubernetes-models) and unknown fields (@kubernetes/client-node models)
function modelPath(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  return `kubernetes-models/${group ? `${group}/` : ''}${version}/${kind}`;
}
function clientModel(apiVersion, kind) {
  const version = apiVersion.split('/').pop();
  return k8sClient[`${version[0].toUpperCase()}${version.slice(1)}${kind}`];
}
// Walks an object along the client's attribute type maps; returns the paths of fields the API does not know.
function unknownFields(value, type, path, out) {
  if (value === null || value === undefined) return out;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(v, array[1], `${path}[${i}]`, out));
    return out;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    for (const [k, v] of Object.entries(value)) unknownFields(v, map[1], `${path}.${k}`, out);
    return out;
  }
  const model = k8sClient[type];
  if (typeof model?.getAttributeTypeMap !== 'function' || typeof value !== 'object') return out;
  const attributes = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [k, v] of Object.entries(value)) {
    if (!attributes.has(k)) out.push(`${path}.${k}`);
    else unknownFields(v, attributes.get(k), `${path}.${k}`, out);
  }
  return out;
}
async function validateBuiltin({ file, obj }) {
  const label = `${file}: ${obj.kind}/${obj.metadata?.name}`;
  let Model;
  try {
    const module = await import(modelPath(obj.apiVersion, obj.kind));
    Model = module[obj.kind];
  } catch {
    return check(`${label}: known kind ${obj.apiVersion} ${obj.kind}`, false, 'no schema for this apiVersion/kind');
  }
  try {
    new Model(obj).validate();
    check(`${label}: matches the Kubernetes schema`, true);
  } catch (e) {
    check(`${label}: matches the Kubernetes schema`, false,
      (e.errors ?? [e]).map((x) => `${x.instancePath ?? ''} ${x.message}`).join('\n'));
  }
  const client = clientModel(obj.apiVersion, obj.kind);
  const unknown = client ? unknownFields(obj, client.name, '', []) : ['(no client model)'];
  check(`${label}: no unknown fields`, unknown.length === 0, unknown.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------
// 3. CloudNativePG and Barman Cloud plugin objects: the subset these manifests use, strict.
const obj = (properties, required = []) => ({ type: 'object', properties, required, additionalProperties: false });
const str = { type: 'string', minLength: 1 };
const bool = { type: 'boolean' };
const int = { type: 'integer' };
const strArray = { type: 'array', items: { type: 'string' } };
const strMap = { type: 'object', additionalProperties: { type: 'string' } };
const quantity = { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(m|k|Ki|M|Mi|G|Gi|T|Ti)?$' };
const localRef = obj({ name: str }, ['name']);
const secretKeyRef = obj({ name: str, key: str }, ['name', 'key']);
const metadata = {
  type: 'object',
  properties: { name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 50 }, namespace: str, labels: strMap, annotations: strMap },
  required: ['name'],
};
const resources = obj({ requests: obj({ cpu: quantity, memory: quantity }), limits: obj({ cpu: quantity, memory: quantity }) });
const storage = obj({ size: quantity, storageClass: str, resizeInUseVolumes: bool }, ['size']);
const pluginRef = obj({ name: str, enabled: bool, isWALArchiver: bool, parameters: strMap }, ['name']);
const cnpgSchemas = {
  'postgresql.cnpg.io/v1/Cluster': obj({
    apiVersion: { const: 'postgresql.cnpg.io/v1' },
    kind: { const: 'Cluster' },
    metadata,
    spec: obj({
      description: str,
      instances: { type: 'integer', minimum: 1 },
      imageName: str,
      imagePullPolicy: { enum: ['Always', 'Never', 'IfNotPresent'] },
      primaryUpdateStrategy: { enum: ['unsupervised', 'supervised'] },
      primaryUpdateMethod: { enum: ['switchover', 'restart'] },
      enableSuperuserAccess: bool,
      postgresql: obj({
        parameters: strMap,
        pg_hba: strArray,
        synchronous: obj({
          method: { enum: ['any', 'first'] },
          number: { type: 'integer', minimum: 1 },
          dataDurability: { enum: ['required', 'preferred'] },
          maxStandbyNamesFromCluster: int,
        }, ['method', 'number']),
      }),
      bootstrap: obj({
        initdb: obj({
          database: str, owner: str, secret: localRef, encoding: str, localeCollate: str, localeCType: str,
          locale: str, dataChecksums: bool, walSegmentSize: { type: 'integer', minimum: 1, maximum: 1024 },
          postInitSQL: strArray, postInitApplicationSQL: strArray, postInitTemplateSQL: strArray,
        }),
        recovery: obj({ source: str, database: str, owner: str, secret: localRef, recoveryTarget: { type: 'object' } }),
      }),
      managed: obj({
        roles: {
          type: 'array',
          items: obj({
            name: str, comment: str, ensure: { enum: ['present', 'absent'] }, passwordSecret: localRef,
            connectionLimit: int, validUntil: str, inRoles: strArray, inherit: bool, disablePassword: bool,
            superuser: bool, createdb: bool, createrole: bool, login: bool, replication: bool, bypassrls: bool,
          }, ['name']),
        },
      }),
      storage,
      walStorage: storage,
      resources,
      affinity: obj({
        enablePodAntiAffinity: bool,
        topologyKey: str,
        podAntiAffinityType: { enum: ['preferred', 'required'] },
        nodeSelector: strMap,
      }),
      plugins: { type: 'array', items: pluginRef },
      externalClusters: { type: 'array', items: obj({ name: str, plugin: pluginRef }, ['name']) },
      enablePDB: bool,
      startDelay: int,
      stopDelay: int,
      smartShutdownTimeout: int,
    }, ['instances']),
  }, ['apiVersion', 'kind', 'metadata', 'spec']),
  'postgresql.cnpg.io/v1/ScheduledBackup': obj({
    apiVersion: { const: 'postgresql.cnpg.io/v1' },
    kind: { const: 'ScheduledBackup' },
    metadata,
    spec: obj({
      // robfig/cron with a leading seconds field: six space-separated fields
      schedule: { type: 'string', pattern: '^\\S+( \\S+){5}$' },
      suspend: bool,
      immediate: bool,
      backupOwnerReference: { enum: ['none', 'self', 'cluster'] },
      cluster: localRef,
      target: { enum: ['primary', 'prefer-standby'] },
      method: { enum: ['barmanObjectStore', 'volumeSnapshot', 'plugin'] },
      pluginConfiguration: obj({ name: str, parameters: strMap }, ['name']),
      online: bool,
    }, ['cluster', 'schedule']),
  }, ['apiVersion', 'kind', 'metadata', 'spec']),
  'barmancloud.cnpg.io/v1/ObjectStore': obj({
    apiVersion: { const: 'barmancloud.cnpg.io/v1' },
    kind: { const: 'ObjectStore' },
    metadata,
    spec: obj({
      retentionPolicy: { type: 'string', pattern: '^[1-9][0-9]*[dwm]$' },
      configuration: obj({
        destinationPath: { type: 'string', pattern: '^(s3|gs|https?)://' },
        endpointURL: { type: 'string', pattern: '^https?://' },
        endpointCA: secretKeyRef,
        s3Credentials: obj({
          accessKeyId: secretKeyRef, secretAccessKey: secretKeyRef, region: secretKeyRef,
          sessionToken: secretKeyRef, inheritFromIAMRole: bool,
        }),
        wal: obj({
          compression: { enum: ['bzip2', 'gzip', 'lz4', 'snappy', 'xz', 'zstd'] },
          encryption: { enum: ['AES256', 'aws:kms'] },
          maxParallel: { type: 'integer', minimum: 1 },
        }),
        data: obj({
          compression: { enum: ['bzip2', 'gzip', 'snappy'] },
          encryption: { enum: ['AES256', 'aws:kms'] },
          immediateCheckpoint: bool,
          jobs: { type: 'integer', minimum: 1 },
        }),
        tags: strMap,
        historyTags: strMap,
      }, ['destinationPath']),
      instanceSidecarConfiguration: obj({ retentionPolicyIntervalSeconds: int, resources }),
    }, ['configuration']),
  }, ['apiVersion', 'kind', 'metadata', 'spec']),
};
const ajv = new Ajv({ allErrors: true, strict: true });
const cnpgValidators = Object.fromEntries(Object.entries(cnpgSchemas).map(([k, s]) => [k, ajv.compile(s)]));
function validateCustom({ file, obj: o }) {
  const validate = cnpgValidators[`${o.apiVersion}/${o.kind}`];
  const ok = validate(o);
  check(`${file}: ${o.kind}/${o.metadata?.name}: matches the CNPG API subset`, ok,
    (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${e.params?.additionalProperty ?? ''}`).join('\n'));
}

const customKinds = new Set(Object.keys(cnpgSchemas));
for (const entry of [...objects, ...examples]) {
  const { obj: o } = entry;
  if (customKinds.has(`${o.apiVersion}/${o.kind}`)) validateCustom(entry);
  else await validateBuiltin(entry);
}
for (const { file, obj: o } of objects) {
  const name = o.metadata?.name ?? '';
  check(`${file}: ${o.kind}/${name}: name is a DNS label`, /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) && name.length <= 63);
  check(`${file}: ${o.kind}/${name}: no namespace hard-coded (kustomize sets it)`, o.kind === 'Namespace' || !o.metadata?.namespace);
}

// ---------------------------------------------------------------------------------------------------------
// 4. This deployment's rules
const find = (kind, name) => objects.find(({ obj: o }) => o.kind === kind && (!name || o.metadata?.name === name))?.obj;
const deployment = find('Deployment', 'ungcuu');
const configMap = find('ConfigMap', 'ungcuu-config');
const service = find('Service', 'ungcuu');
const hpa = find('HorizontalPodAutoscaler', 'ungcuu');
const pdb = find('PodDisruptionBudget', 'ungcuu');
const netpol = find('NetworkPolicy', 'ungcuu');
const dbNetpol = find('NetworkPolicy', 'ungcuu-db');
const cluster = find('Cluster');
const scheduled = find('ScheduledBackup');
const objectStore = find('ObjectStore');
const exampleSecret = (name) => examples.find(({ obj: o }) => o.kind === 'Secret' && o.metadata?.name === name)?.obj;
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

if (check('the ungcuu Deployment, ConfigMap, Service, HPA, PDB, NetworkPolicies and CNPG objects exist',
  deployment && configMap && service && hpa && pdb && netpol && dbNetpol && cluster && scheduled && objectStore)) {
  const pod = deployment.spec.template.spec;
  const podLabels = deployment.spec.template.metadata.labels;
  const container = pod.containers.find((c) => c.name === 'ungcuu');
  const sc = container.securityContext ?? {};
  const psc = pod.securityContext ?? {};

  // security
  check('pod: runAsNonRoot, user 185, seccomp RuntimeDefault', psc.runAsNonRoot === true && psc.runAsUser === 185
    && psc.seccompProfile?.type === 'RuntimeDefault');
  check('container: read-only root filesystem, no privilege escalation, all capabilities dropped',
    sc.readOnlyRootFilesystem === true && sc.allowPrivilegeEscalation === false
    && (sc.capabilities?.drop ?? []).includes('ALL') && !(sc.capabilities?.add ?? []).length && sc.privileged !== true);
  check('pod: no service link variables (they would land in UNGCUU_*)', pod.enableServiceLinks === false);
  check('pod: no service account token', pod.automountServiceAccountToken === false
    && find('ServiceAccount', pod.serviceAccountName)?.automountServiceAccountToken === false);
  const tmpMount = (container.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
  const tmpVolume = (pod.volumes ?? []).find((v) => v.name === tmpMount?.name);
  check('/tmp is a size-limited emptyDir (uploads spool there)', tmpVolume?.emptyDir?.sizeLimit !== undefined);

  // availability
  check('Deployment: 2+ replicas, rolling update without unavailability', deployment.spec.replicas >= 2
    && deployment.spec.strategy?.rollingUpdate?.maxUnavailable === 0);
  check('probes: startup /q/health/started, liveness /q/health/live, readiness /q/health/ready',
    container.startupProbe?.httpGet?.path === '/q/health/started'
    && container.livenessProbe?.httpGet?.path === '/q/health/live'
    && container.readinessProbe?.httpGet?.path === '/q/health/ready');
  check('resources: memory request and limit, CPU request',
    !!container.resources?.requests?.memory && !!container.resources?.limits?.memory && !!container.resources?.requests?.cpu);
  check('topology spread across nodes', (pod.topologySpreadConstraints ?? []).some((t) => t.topologyKey === 'kubernetes.io/hostname'));
  check('HPA targets the Deployment, 2 to 6 replicas on CPU', hpa.spec.scaleTargetRef.kind === 'Deployment'
    && hpa.spec.scaleTargetRef.name === deployment.metadata.name && hpa.spec.minReplicas >= 2 && hpa.spec.maxReplicas >= hpa.spec.minReplicas
    && hpa.spec.metrics.some((m) => m.resource?.name === 'cpu'));
  check('PDB keeps one pod and selects the Deployment pods', pdb.spec.minAvailable === 1 && matches(pdb.spec.selector.matchLabels, podLabels));
  check('Service selects the Deployment pods on port http', matches(service.spec.selector, podLabels)
    && service.spec.ports.every((p) => (container.ports ?? []).some((cp) => cp.name === p.targetPort || cp.containerPort === p.targetPort)));
  check('NetworkPolicy selects the Deployment pods', matches(netpol.spec.podSelector.matchLabels, podLabels));
  // the shutdown timeout: the ConfigMap's if it sets one, else the service's application.properties
  const properties = resolve(k8sDir, '../../src/main/resources/application.properties');
  const timeoutText = configMap.data.QUARKUS_SHUTDOWN_TIMEOUT
    ?? /-Dquarkus\.shutdown\.timeout=(\S+)/.exec(configMap.data.JAVA_OPTS_APPEND ?? '')?.[1]
    ?? (existsSync(properties) ? /^quarkus\.shutdown\.timeout=(\S+)/m.exec(readFileSync(properties, 'utf8'))?.[1] : undefined)
    ?? '0';
  const timeoutSeconds = Number(/^(?:PT)?(\d+)S?$/i.exec(timeoutText)?.[1] ?? NaN);
  const graceNeeded = (container.lifecycle?.preStop?.sleep?.seconds ?? 0) + timeoutSeconds;
  check(`terminationGracePeriodSeconds covers preStop + Quarkus shutdown timeout (${graceNeeded}s)`,
    (pod.terminationGracePeriodSeconds ?? 30) > graceNeeded, `shutdown timeout "${timeoutText}" not understood`);

  // environment
  const envNames = [...(container.env ?? []).map((e) => e.name), ...Object.keys(configMap.data ?? {})];
  const unknownEnv = envNames.filter((n) => !ALLOWED_ENV.has(n));
  check('only environment variables the service reads', unknownEnv.length === 0, unknownEnv.join(', '));
  const fromConfigMap = (container.envFrom ?? []).some((e) => e.configMapRef?.name === configMap.metadata.name);
  check('ConfigMap is read with envFrom', fromConfigMap);
  check('secrets come from secretKeyRef, not the ConfigMap',
    [...SECRET_ENV].every((n) => !(n in (configMap.data ?? {}))
      && (container.env ?? []).some((e) => e.name === n && e.valueFrom?.secretKeyRef)));
  const refs = (container.env ?? []).filter((e) => e.valueFrom?.secretKeyRef).map((e) => e.valueFrom.secretKeyRef);
  const missingRefs = refs.filter((r) => exampleSecret(r.name)?.stringData?.[r.key] === undefined);
  check('every secretKeyRef is documented in secret.example.yaml', missingRefs.length === 0,
    missingRefs.map((r) => `${r.name}/${r.key}`).join(', '));
  check('JAVA_OPTS_APPEND keeps the JBoss log manager', /-Djava\.util\.logging\.manager=org\.jboss\.logmanager\.LogManager/.test(configMap.data.JAVA_OPTS_APPEND ?? ''));
  check('uploads are spooled under /tmp', (configMap.data.QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY ?? '').startsWith('/tmp/'));

  // database wiring
  const initdb = cluster.spec.bootstrap?.initdb ?? {};
  const appRole = (cluster.spec.managed?.roles ?? []).find((r) => r.name === configMap.data.QUARKUS_DATASOURCE_USERNAME);
  check('JDBC URL points at the CNPG -rw Service and the initdb database',
    configMap.data.QUARKUS_DATASOURCE_JDBC_URL === `jdbc:postgresql://${cluster.metadata.name}-rw:5432/${initdb.database}`);
  check('Liquibase logs in as the database owner', configMap.data.QUARKUS_LIQUIBASE_USERNAME === initdb.owner);
  check('the datasource role is a managed, non-superuser login role', appRole?.login === true && appRole?.superuser !== true
    && appRole?.ensure !== 'absent');
  const ownerSecret = exampleSecret(initdb.secret?.name);
  const appSecret = exampleSecret(appRole?.passwordSecret?.name);
  check('owner and app Secrets are basic-auth with the role names', ownerSecret?.type === 'kubernetes.io/basic-auth'
    && ownerSecret?.stringData?.username === initdb.owner && appSecret?.type === 'kubernetes.io/basic-auth'
    && appSecret?.stringData?.username === appRole?.name);
  check('the service reads the same Secrets as CloudNativePG', refs.some((r) => r.name === initdb.secret?.name && r.key === 'password')
    && refs.some((r) => r.name === appRole?.passwordSecret?.name && r.key === 'password'));
  const sql = (initdb.postInitApplicationSQL ?? []).join('\n');
  check('initdb creates pg_trgm and grants the app role row access only', /CREATE EXTENSION IF NOT EXISTS pg_trgm/.test(sql)
    && /GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO/.test(sql) && !/GRANT ALL/i.test(sql));
  check('3 PostgreSQL instances with anti-affinity', cluster.spec.instances === 3 && cluster.spec.affinity?.enablePodAntiAffinity !== false);
  const maxConnections = Number(cluster.spec.postgresql?.parameters?.max_connections ?? 100);
  const poolTotal = hpa.spec.maxReplicas * Number(configMap.data.QUARKUS_DATASOURCE_JDBC_MAX_SIZE ?? 20);
  check(`HPA max x pool size (${poolTotal}) stays under max_connections (${maxConnections})`, poolTotal < maxConnections);
  const archiver = (cluster.spec.plugins ?? []).find((p) => p.isWALArchiver);
  check('WAL archiving goes to the ObjectStore', archiver?.parameters?.barmanObjectName === objectStore.metadata.name);
  check('daily ScheduledBackup of this cluster through the plugin', scheduled.spec.cluster.name === cluster.metadata.name
    && scheduled.spec.method === 'plugin' && scheduled.spec.pluginConfiguration?.name === archiver?.name
    && /^\S+ \S+ \S+ \* \* \*$/.test(scheduled.spec.schedule));
  const s3 = objectStore.spec.configuration.s3Credentials ?? {};
  check('object store credentials are documented in secret.example.yaml', [s3.accessKeyId, s3.secretAccessKey]
    .every((r) => r && exampleSecret(r.name)?.stringData?.[r.key] !== undefined));
  const dbIngress = dbNetpol.spec.ingress ?? [];
  check('DB NetworkPolicy admits the service pods on 5432', matches(dbNetpol.spec.podSelector.matchLabels, { 'cnpg.io/cluster': cluster.metadata.name })
    && dbIngress.some((r) => r.from?.some((f) => f.podSelector && matches(f.podSelector.matchLabels, podLabels)) && r.ports?.some((p) => p.port === 5432)));
  check('service NetworkPolicy allows egress to the DB, DNS and HTTPS', ['5432', '53', '443']
    .every((port) => (netpol.spec.egress ?? []).some((r) => r.ports?.some((p) => String(p.port) === port))));

  // image
  const image = (kustomization.images ?? [])[0];
  check('the Deployment image is the one kustomize `images:` overrides', !!image && container.image.startsWith(`${image.name}:`));
}

// ---------------------------------------------------------------------------------------------------------
// 5. Dockerfile
if (check('deploy/container/Dockerfile exists', existsSync(dockerfilePath))) {
  const text = readFileSync(dockerfilePath, 'utf8');
  const diagnostics = dockerfileUtils.validate(text);
  const errors = diagnostics.filter((d) => d.severity === 1);
  check('Dockerfile: no syntax errors (dockerfile-utils)', errors.length === 0,
    errors.map((d) => `line ${d.range.start.line + 1}: ${d.message}`).join('\n'));
  for (const d of diagnostics.filter((x) => x.severity !== 1)) console.log(`note   Dockerfile line ${d.range.start.line + 1}: ${d.message}`);
  const instructions = dockerfileAst.DockerfileParser.parse(text).getInstructions();
  const all = (kw) => instructions.filter((i) => i.getKeyword() === kw);
  const args = (i) => i.getArgumentsContent() ?? '';
  const base = /BASE_IMAGE=(\S+)/.exec(all('ARG').map(args).join('\n'))?.[1] ?? args(all('FROM')[0] ?? { getArgumentsContent: () => '' });
  check(`Dockerfile: base image pinned to a tag (${base})`, /^registry\.access\.redhat\.com\/ubi9\/openjdk-17-runtime:[0-9][^:]*$/.test(base));
  check('Dockerfile: runs as user 185', args(all('USER').at(-1) ?? { getArgumentsContent: () => '' }) === '185');
  check('Dockerfile: copies the four fast-jar parts into /deployments',
    ['lib/ /deployments/lib/', 'quarkus-run.jar /deployments/', 'app/ /deployments/app/', 'quarkus/ /deployments/quarkus/']
      .every((c) => all('COPY').some((i) => args(i) === c && /--chown=185\b/.test(i.getTextContent()))));
  check('Dockerfile: EXPOSE 8080', all('EXPOSE').some((i) => args(i) === '8080'));
  const env = all('ENV').map(args).join('\n');
  check('Dockerfile: JAVA_APP_JAR and the log manager in JAVA_OPTS_APPEND', /JAVA_APP_JAR="\/deployments\/quarkus-run\.jar"/.test(env)
    && /JAVA_OPTS_APPEND=".*-Djava\.util\.logging\.manager=org\.jboss\.logmanager\.LogManager/.test(env));
  const healthcheck = all('HEALTHCHECK')[0];
  let healthArgv = null;
  try { healthArgv = JSON.parse(args(healthcheck).replace(/^CMD\s+/, '')); } catch { /* reported below */ }
  check('Dockerfile: HEALTHCHECK is an exec-form command on /q/health/ready', Array.isArray(healthArgv)
    && healthArgv.join(' ').includes('/q/health/ready'));
  check('Dockerfile: starts with run-java.sh', all('ENTRYPOINT').some((i) => args(i).includes('/opt/jboss/container/java/run/run-java.sh')));
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
