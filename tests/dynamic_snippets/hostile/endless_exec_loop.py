"""An endless Python loop the instrumentation cannot cap (it is built at run time)."""
import torch

exec("while True:\n    pass\n")
y = torch.ones(3, requires_grad=True) * 2
y.backward()
