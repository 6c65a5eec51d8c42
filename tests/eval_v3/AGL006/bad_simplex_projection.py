import torch

torch.manual_seed(0)
mix_logits = torch.randn(4, requires_grad=True)
experts = torch.randn(4, 10)
target = torch.randn(10)
opt = torch.optim.SGD([mix_logits], lr=0.5)
for _ in range(2):
    opt.zero_grad()
    blend = (mix_logits[:, None] * experts).sum(0)
    (blend - target).pow(2).mean().backward()
    opt.step()
    mix_logits.data = torch.softmax(mix_logits.data, dim=0)  # expect: AGL006
