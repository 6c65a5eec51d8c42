import torch

torch.manual_seed(60)
logits = torch.randn(4, 3, requires_grad=True)
probs = logits.softmax(dim=-1)
targets = torch.tensor([0, 2, 1, 1])
nll = -probs[torch.arange(4), targets].log().mean()
nll.backward()
print(probs.grad)  # expect: AGL001
