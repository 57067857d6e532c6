from __future__ import annotations
import __future__
from dataclasses import dataclass, fields
def f(a: int, b: list[str] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
class Tree:
    children: list[Tree]
    parent: Tree | None = None
    def add(self, child: Tree) -> Tree:
        return child
print(Tree.__annotations__, Tree.add.__annotations__)
@dataclass
class Node:
    value: int
    next: Node | None = None
print(Node(1, Node(2)), [f.type for f in fields(Node)])
print(__future__.annotations, __future__.all_feature_names[-1], __future__.annotations.getMandatoryRelease())
