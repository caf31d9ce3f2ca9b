namespace MedVigil.Formats.Csaf;

/// <summary>
/// The nodes of a directed graph that lie on a cycle (Tarjan's strongly connected components, iterative, so a long
/// chain of relationships neither recurses deeply nor costs more than linear time).
/// </summary>
internal static class CsafCycles
{
    public static HashSet<string> NodesOnCycles(IReadOnlyDictionary<string, List<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Keys)
        {
            if (index.ContainsKey(start))
            {
                continue;
            }

            var work = new Stack<(string Node, int Next)>();
            Visit(start);
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                var targets = edges.GetValueOrDefault(node) ?? [];
                if (next < targets.Count)
                {
                    work.Push((node, next + 1));
                    var target = targets[next];
                    if (!index.ContainsKey(target))
                    {
                        Visit(target);
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }

                    continue;
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    Pop(node, targets);
                }
            }

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, 0));
            }
        }

        return result;

        // Pops one component; it is a cycle when it has several nodes or its one node points at itself.
        void Pop(string root, List<string> rootTargets)
        {
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (!string.Equals(member, root, StringComparison.Ordinal));

            if (component.Count > 1 || rootTargets.Contains(root, StringComparer.Ordinal))
            {
                result.UnionWith(component);
            }
        }
    }
}
