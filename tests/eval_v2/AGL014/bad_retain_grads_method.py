import torch
import torch.nn as nn

torch.manual_seed(0)

conv = nn.Conv2d(3, 4, 3, padding=1)
head = nn.Linear(4, 2)
x = torch.rand(1, 3, 6, 6)
fmap = conv(x)
fmap.retain_grads()  # expect: AGL014
logits = head(fmap.mean(dim=(2, 3)))
logits[0, 1].backward()
