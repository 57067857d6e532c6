import type { Migration } from './migration';
import { NodeNotFoundError, migrationError } from './exceptions';

export type NodeKey = [string, string];

const key = (k: NodeKey) => `${k[0]}\u0000${k[1]}`;
const compare = (a: NodeKey, b: NodeKey) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

interface Node {
  key: NodeKey;
  migration: Migration | null;
  parents: Node[];
  children: Node[];
  /** A placeholder for a dependency whose migration does not exist. */
  dummy?: { origin: NodeKey };
}

/** django.db.migrations.graph.MigrationGraph: migrations and their dependencies. */
export class MigrationGraph {
  private readonly nodes = new Map<string, Node>();

  addNode(nodeKey: NodeKey, migration: Migration) {
    this.nodes.set(key(nodeKey), { key: nodeKey, migration, parents: [], children: [] });
  }

  has(nodeKey: NodeKey): boolean {
    const node = this.nodes.get(key(nodeKey));
    return !!node && !node.dummy;
  }

  migration(nodeKey: NodeKey): Migration {
    return this.nodes.get(key(nodeKey))!.migration!;
  }

  addDependency(child: NodeKey, parent: NodeKey) {
    const c = this.nodes.get(key(child))!;
    let p = this.nodes.get(key(parent));
    if (!p) {
      p = { key: parent, migration: null, parents: [], children: [], dummy: { origin: child } };
      this.nodes.set(key(parent), p);
    }
    if (!c.parents.includes(p)) c.parents.push(p);
    if (!p.children.includes(c)) p.children.push(c);
  }

  /** A dependency on a migration that is not there is an error for every migration command. */
  validateConsistency() {
    for (const node of this.nodes.values()) {
      if (!node.dummy) continue;
      const [app, name] = node.dummy.origin;
      throw migrationError(
        NodeNotFoundError,
        `Migration ${app}.${name} dependencies reference nonexistent parent node ('${node.key[0]}', '${node.key[1]}')`,
      );
    }
  }

  /** The dependencies no migration answers, each with the migrations that name it (what validateConsistency would stop at). */
  missingNodes(): { key: NodeKey; neededBy: NodeKey[] }[] {
    return [...this.nodes.values()].filter((n) => n.dummy).map((n) => ({ key: n.key, neededBy: n.children.map((c) => c.key).sort(compare) }));
  }

  /** Migrations with no child in their own app, sorted. */
  leafNodes(app?: string): NodeKey[] {
    return [...this.nodes.values()]
      .filter((n) => !n.dummy && (!app || n.key[0] === app) && n.children.every((c) => c.key[0] !== n.key[0]))
      .map((n) => n.key)
      .sort(compare);
  }

  rootNodes(app?: string): NodeKey[] {
    return [...this.nodes.values()]
      .filter((n) => !n.dummy && (!app || n.key[0] === app) && n.parents.every((p) => p.key[0] !== n.key[0]))
      .map((n) => n.key)
      .sort(compare);
  }

  /** Django's iterative depth-first search: every migration `target` needs, in order, itself last. */
  private dfs(target: NodeKey, forwards: boolean): NodeKey[] {
    const start = this.nodes.get(key(target));
    if (!start) throw migrationError(NodeNotFoundError, `Node ('${target[0]}', '${target[1]}') not a valid node`);
    const visited: NodeKey[] = [];
    const seen = new Set<Node>();
    const stack: [Node, boolean][] = [[start, false]];
    while (stack.length) {
      const [node, processed] = stack.pop()!;
      if (seen.has(node)) continue;
      if (processed) {
        seen.add(node);
        visited.push(node.key);
      } else {
        stack.push([node, true]);
        const next = [...(forwards ? node.parents : node.children)].sort((a, b) => compare(a.key, b.key));
        for (const n of next) stack.push([n, false]);
      }
    }
    return visited;
  }

  forwardsPlan(target: NodeKey): NodeKey[] {
    return this.dfs(target, true);
  }

  backwardsPlan(target: NodeKey): NodeKey[] {
    return this.dfs(target, false);
  }

  children(target: NodeKey): NodeKey[] {
    return this.nodes.get(key(target))!.children.map((c) => c.key);
  }

  parents(target: NodeKey): NodeKey[] {
    return this.nodes.get(key(target))!.parents.map((c) => c.key);
  }

  allKeys(): NodeKey[] {
    return [...this.nodes.values()].filter((n) => !n.dummy).map((n) => n.key);
  }
}
