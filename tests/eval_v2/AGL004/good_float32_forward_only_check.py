import torch
from torch.autograd import gradcheck

torch.manual_seed(0)

batch = torch.randn(4, 3)
preds = torch.nn.functional.softmax(batch, dim=-1)
assert torch.allclose(preds.sum(-1), torch.ones(4))

w = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
assert gradcheck(lambda m: (batch.double() @ m).logsumexp(-1), (w,))
